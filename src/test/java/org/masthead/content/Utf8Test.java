package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Utf8Test {

    /** The fast check agrees with the JDK's strict decoder on any bytes, valid or not. */
    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll("mostlyText") byte[] bytes) {
        assertThat(Utf8.isValid(bytes, bytes.length)).isEqualTo(jdkSaysValid(bytes));
    }

    @Provide
    Arbitrary<byte[]> mostlyText() {
        Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7e);
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<byte[]> valid = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noisy = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(1, any))
                .array(byte[].class).ofMaxSize(40);
        return Arbitraries.oneOf(valid, noisy);
    }

    private static boolean jdkSaysValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

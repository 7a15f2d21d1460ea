package org.masthead.document;

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

class Utf8ValidatorTest {

    /** The fast check agrees with the JDK's strict decoder on any bytes, valid or not. */
    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll("mostlyText") byte[] bytes) {
        assertThat(Utf8Validator.isValid(bytes, bytes.length)).isEqualTo(jdkSaysValid(bytes));
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
        // Lead bytes with well-formed-looking continuations: overlongs, surrogates and values past U+10FFFF.
        Arbitrary<byte[]> tricky = Arbitraries.integers().between(0xC0, 0xFF).flatMap(lead ->
                Arbitraries.integers().between(0x80, 0xBF).list().ofMinSize(0).ofMaxSize(4).map(rest -> {
                    byte[] b = new byte[rest.size() + 2];
                    b[0] = 'a';
                    b[1] = (byte) (int) lead;
                    for (int i = 0; i < rest.size(); i++) {
                        b[i + 2] = (byte) (int) rest.get(i);
                    }
                    return b;
                }));
        return Arbitraries.oneOf(valid, noisy, tricky);
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

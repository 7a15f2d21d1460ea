package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MastheadCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void createsTheFileAndPrintsItsPath() throws Exception {
        Files.writeString(dir.resolve("old.md"), "---\nid: 77\n---\n");
        assertThat(run("new", dir.toString(), "--title", "How does a PID controller work?", "--subject", "Engineering")).isZero();
        Path file = dir.resolve("how-does-a-pid-controller-work.md");
        assertThat(out.toString()).isEqualTo(file + System.lineSeparator());
        String text = Files.readString(file);
        assertThat(text).contains("\nid: 78\n").contains("\ndate: " + LocalDate.now() + "\n")
                .contains("\nurl: /learn/engineering/questions/how-does-a-pid-controller-work\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusalsAreOneLineOnStderrAndExitOne() throws Exception {
        assertThat(run("new", dir.toString(), "--title", "Same", "--subject", "S")).isZero();
        assertThat(run("new", dir.toString(), "--title", "Same", "--subject", "S")).isEqualTo(1);
        assertThat(err.toString()).startsWith("masthead: ").contains("already exists");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void needsATitleAndAFolder() {
        assertThat(run("new", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--title");
        err.getBuffer().setLength(0);
        assertThat(run("new", dir.resolve("nope").toString(), "--title", "T")).isEqualTo(2);
        assertThat(err.toString()).contains("no such folder");
    }

    @Test
    void acceptsATitleInAnyScript() throws Exception {
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Что такое фотосинтез?", "cto-takoe-fotosintez-mzeftgiy");
        expected.put("光合作用是什么", "guang-he-zuo-yong-shi-shen-me-hngis3za");
        expected.put("ما هو التمثيل الضوئي؟", "ma-hw-altmthyl-aldwyy-sbdnsgzs");
        expected.put("Τι είναι η φωτοσύνθεση;", "ti-einai-e-photosynthese-jfa543uc");
        expected.put("Quang hợp là gì?", "quang-hop-la-gi");
        expected.put("Was macht die Straße?", "was-macht-die-strasse");
        expected.put("Photosynthèse: 光合作用 und Фотосинтез", "photosynthese-guang-he-zuo-yong-und-fotosintez-v3qmgbn7");
        StringBuilder printed = new StringBuilder();
        for (var title : expected.entrySet()) {
            assertThat(run("new", dir.toString(), "--title", title.getKey(), "--subject", "Biology")).as(title.getKey()).isZero();
            Path file = dir.resolve(title.getValue() + ".md");
            printed.append(file).append(System.lineSeparator());
            assertThat(Files.readString(file)).contains("\nurl: /learn/biology/questions/" + title.getValue() + "\n");
        }
        assertThat(out.toString()).isEqualTo(printed.toString());
        assertThat(err.toString()).isEmpty();
    }
}

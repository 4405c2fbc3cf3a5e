package org.atalaya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The serve command is registered and parses its options (the server itself: atalaya-server's tests). */
class ServeCommandTest {
    @Test
    void serveIsASubcommandWithDbPortAndHost() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(AtalayaCli.run("serve", "--help")).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--db").contains("--port").contains("--host")
                .contains("127.0.0.1").contains("8080");
    }

    @Test
    void aBadPortIsAUsageError() {
        assertThat(AtalayaCli.run("serve", "--port", "eighty")).isEqualTo(2);
    }
}

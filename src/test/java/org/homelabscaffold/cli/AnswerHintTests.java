package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hints that depend on where the answers came from, and the answers that mean "no port". */
class AnswerHintTests {

    @TempDir
    Path directory;

    @Test
    void setWithoutLanguageHintsSetSyntax() {
        CliRun run = CliRun.of("new", directory.resolve("out").toString(), "--set", "name=x");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: language: missing; expected one of go, python, node;"
                + " add --set language=go, python or node\n");
    }

    @Test
    void setWithoutNameHintsSetSyntax() {
        CliRun run = CliRun.of("new", directory.resolve("out").toString(), "--set", "language=go");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: name: missing; expected a string; add --set name=my-service\n");
    }

    @Test
    void setHugePortGetsRangeError() {
        CliRun run = CliRun.of("new", directory.resolve("out").toString(), "--set", "name=x", "--set",
                "language=go", "--set", "port=99999999999999999999");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: port: invalid value '99999999999999999999': expected a port"
                + " from 1 to 65535; give the port the service listens on, such as 8080, or none for a service"
                + " without a port\n");
    }

    @Test
    void portNoneInFileMeansNoPort() throws Exception {
        Path answers = directory.resolve("answers.yaml");
        Files.writeString(answers, "name: worker\nlanguage: go\nport: none\n");
        Path output = directory.resolve("out");

        CliRun run = CliRun.of("new", output.toString(), "--answers", answers.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(output.resolve("Dockerfile"))).doesNotContain("EXPOSE");
        assertThat(Files.readString(output.resolve("compose.yaml"))).doesNotContain("ports:");
    }
}

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class FastPathTests {

    @TempDir
    Path directory;

    static Stream<Arguments> recognizedCommandLines() {
        return Stream.of(
                line("new"),
                line("new", "svc"),
                line("new", "svc", "--answers", "a.yaml"),
                line("new", "--answers=a.yaml", "svc"),
                line("new", "svc", "--set", "name=web", "--set=language=go", "--set", "port=80"),
                line("new", "--dry-run", "svc", "--force", "--answers", "dir/a.yaml"),
                line("new", "a=b", "--set", "migration.command=alembic,upgrade,head"),
                line("new", "--set", "name=x=y", "--dry-run"),
                line("new", "svc", "--plain"));
    }

    static Stream<Arguments> otherCommandLines() {
        return Stream.of(
                line(),
                line("--help"),
                line("--version"),
                line("update", "svc"),
                line("new", "--help"),
                line("new", "-h"),
                line("new", "svc", "other"),
                line("new", "--answers"),
                line("new", "--answers", "a.yaml", "--answers", "b.yaml"),
                line("new", "--answers", "-a.yaml"),
                line("new", "--set="),
                line("new", "--dry-run", "--dry-run"),
                line("new", "--force", "--force"),
                line("new", "--plain", "--plain"),
                line("new", "--dry-run=true"),
                line("new", "--unknown"),
                line("new", "--", "svc"),
                line("new", "@arguments.txt"),
                line("new", ""),
                line("new", "svc\0"));
    }

    /** Wraps one command line, so JUnit passes it as one array instead of one value per word. */
    private static Arguments line(String... args) {
        return Arguments.of((Object) args);
    }

    @ParameterizedTest
    @MethodSource("recognizedCommandLines")
    void fastPathSetsSameOptionsAsPicocli(String[] args) {
        Optional<NewOptions> fast = FastPath.parseNew(args);

        assertThat(fast).contains(parseWithPicocli(args));
    }

    @ParameterizedTest
    @MethodSource("otherCommandLines")
    void fastPathLeavesOtherCommandLinesToPicocli(String[] args) {
        assertThat(FastPath.parseNew(args)).isEmpty();
    }

    @Test
    void fastPathWritesSameFilesAsPicocli() throws Exception {
        Path fast = directory.resolve("fast");
        Path picocli = directory.resolve("picocli");

        CliRun fastRun = CliRun.of("new", fast.toString(), "--set", "name=web", "--set", "language=go");
        // Picocli accepts "--" before the folder, and the fast path leaves that command line to picocli.
        CliRun picocliRun = CliRun.of("new", "--set", "name=web", "--set", "language=go", "--", picocli.toString());

        assertThat(fastRun.status()).isZero();
        assertThat(picocliRun.status()).isZero();
        assertThat(fastRun.out().replace(fast.toString(), "DIR")).isEqualTo(
                picocliRun.out().replace(picocli.toString(), "DIR"));
        for (String file : List.of("Dockerfile", ".dockerignore", "compose.yaml", "buildx.sh")) {
            assertThat(Files.readString(fast.resolve(file))).as(file).isEqualTo(
                    Files.readString(picocli.resolve(file)));
        }
    }

    @Test
    void fastPathReportsInvalidAnswersLikePicocli() {
        CliRun run = CliRun.of("new", directory.toString(), "--set", "name=web", "--set", "language=cobol");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --set: language: invalid value 'cobol'");
        assertThat(directory.resolve("Dockerfile")).doesNotExist();
    }

    private static NewOptions parseWithPicocli(String[] args) {
        CommandLine commandLine = new CommandLine(new RootCommand());
        CommandLine.ParseResult result = commandLine.parseArgs(args);
        NewCommand command = (NewCommand) result.subcommand().commandSpec().userObject();
        return command.options();
    }
}

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Checks the help files that the fast path prints against picocli's rendering of the commands.
 * After a change to a command's options or descriptions, {@code -Dgolden.update=true} rewrites them.
 * The tests that run the command read the copy in target/classes, which the next build refreshes.
 */
class HelpTextTests {

    private static final Path HELP = Path.of("src/main/resources/org/homelabscaffold/cli/help");

    @ParameterizedTest
    @CsvSource({"homelab-scaffold, ''", "new, new"})
    void helpFileMatchesPicocliUsage(String file, String subcommand) throws Exception {
        Golden.assertMatches(HELP.resolve(file + ".txt"), picocliUsage(subcommand));
    }

    @ParameterizedTest
    @CsvSource({"--help, ''", "-h, ''", "--help, new", "-h, new"})
    void helpOptionPrintsPicocliUsage(String option, String subcommand) {
        CliRun run = subcommand.isEmpty() ? CliRun.of(option) : CliRun.of(subcommand, option);

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(picocliUsage(subcommand));
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"--version", "-V"})
    void versionOptionPrintsPicocliVersion(String option) {
        CliRun run = CliRun.of(option);

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(picocliVersion());
    }

    private static String picocliUsage(String subcommand) {
        CommandLine root = Main.createCommandLine();
        CommandLine command = subcommand.isEmpty() ? root : root.getSubcommands().get(subcommand);
        StringWriter usage = new StringWriter();
        command.usage(new PrintWriter(usage, true));
        return usage.toString();
    }

    private static String picocliVersion() {
        StringWriter version = new StringWriter();
        Main.createCommandLine().printVersionHelp(new PrintWriter(version, true));
        return version.toString();
    }
}

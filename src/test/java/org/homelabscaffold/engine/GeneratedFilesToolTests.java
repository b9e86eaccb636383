package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.Combination;
import org.homelabscaffold.testing.ExternalTool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every generated compose.yaml and buildx.sh with the real tools that will read them. */
class GeneratedFilesToolTests {

    private static final Map<String, String> PASSWORDS = Map.of(
            "POSTGRES_PASSWORD", "example", "MARIADB_PASSWORD", "example");

    @TempDir
    Path directory;

    static Stream<Combination> offeredCombinations() {
        return Combination.all().stream().filter(combination -> !combination.isRefused());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void composeFilePassesDockerComposeConfig(Combination combination) throws Exception {
        ExternalTool.require("docker-compose");
        generate(combination);

        ExternalTool.Result result = ExternalTool.run(directory, PASSWORDS,
                List.of("docker-compose", "-f", "compose.yaml", "config", "-q"));

        assertThat(result.status()).as("docker-compose config -q: %s", result.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void composeFileRequiresDatabasePassword(Combination combination) throws Exception {
        ExternalTool.require("docker-compose");
        generate(combination);

        ExternalTool.Result result = ExternalTool.run(directory, Map.of(),
                List.of("env", "-u", "POSTGRES_PASSWORD", "-u", "MARIADB_PASSWORD",
                        "docker-compose", "-f", "compose.yaml", "config", "-q"));

        assertThat(result.status()).as("status without a password").isEqualTo(combination.database() == null ? 0 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offeredCombinations")
    void buildxScriptPassesShellcheckAndPrintsHelp(Combination combination) throws Exception {
        ExternalTool.require("shellcheck");
        generate(combination);

        ExternalTool.Result shellcheck = ExternalTool.run(directory, Map.of(), List.of("shellcheck", "buildx.sh"));
        ExternalTool.Result syntax = ExternalTool.run(directory, Map.of(), List.of("bash", "-n", "buildx.sh"));
        ExternalTool.Result help = ExternalTool.run(directory, Map.of(), List.of("./buildx.sh", "--help"));

        assertThat(shellcheck.status()).as("shellcheck: %s", shellcheck.output()).isZero();
        assertThat(syntax.status()).as("bash -n: %s", syntax.output()).isZero();
        assertThat(help.status()).as("--help: %s", help.output()).isZero();
        assertThat(help.output()).startsWith("Usage: ./buildx.sh");
    }

    private void generate(Combination combination) throws Exception {
        CliRun run = MatrixGoldenTests.generate(combination, directory);
        assertThat(run.status()).as("generation: %s", run.err()).isZero();
        assertThat(Files.exists(directory.resolve("compose.yaml"))).isTrue();
    }
}

package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generates each scenario in src/test/resources/scenarios from its answers.yaml and compares every file exactly. */
class ScenarioGoldenTests {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TempDir
    Path directory;

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> folders = Files.list(SCENARIOS)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMatchesGoldenFiles(String scenario) throws IOException {
        CliRun run = CliRun.of("new", directory.toString(), "--answers",
                SCENARIOS.resolve(scenario).resolve("answers.yaml").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(MatrixGoldenTests.listFiles(directory)).containsExactlyElementsOf(MatrixGoldenTests.FILES);
        for (String file : MatrixGoldenTests.FILES) {
            Golden.assertMatches(Golden.ROOT.resolve("scenarios").resolve(scenario).resolve(file + ".golden"),
                    Files.readString(directory.resolve(file)));
        }
    }
}

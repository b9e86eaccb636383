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

/**
 * Generates each scenario in src/test/resources/scenarios from its answers.yaml, and each answers
 * file in examples/, and compares every file exactly with its golden copy.
 */
class ScenarioGoldenTests {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TempDir
    Path directory;

    private static final Path EXAMPLES = Path.of("examples");

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> folders = Files.list(SCENARIOS)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMatchesGoldenFiles(String scenario) throws IOException {
        assertGenerated(SCENARIOS.resolve(scenario).resolve("answers.yaml"),
                Golden.ROOT.resolve("scenarios").resolve(scenario));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesGoldenFiles(String example) throws IOException {
        assertGenerated(EXAMPLES.resolve(example + ".yaml"), Golden.ROOT.resolve("examples").resolve(example));
    }

    private void assertGenerated(Path answers, Path golden) throws IOException {
        CliRun run = CliRun.of("new", directory.toString(), "--answers", answers.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(MatrixGoldenTests.listFiles(directory)).containsExactlyElementsOf(MatrixGoldenTests.FOLDER_ENTRIES);
        for (String file : MatrixGoldenTests.FILES) {
            Golden.assertMatches(golden.resolve(file + ".golden"), Files.readString(directory.resolve(file)));
        }
    }
}

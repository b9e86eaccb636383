package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.Combination;
import org.homelabscaffold.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates every point of the matrix (language x base x native code x migration x role) and
 * compares each file exactly with its golden copy; a refused point is compared with its golden
 * error message instead.
 */
class MatrixGoldenTests {

    static final List<String> FILES = List.of(
            ".dockerignore", ".homelab-scaffold.yaml", "Dockerfile", "buildx.sh", "compose.yaml");

    /** The generated files and the .homelab-scaffold folder that records them for updates, sorted. */
    static final List<String> FOLDER_ENTRIES = List.of(
            ".dockerignore", ".homelab-scaffold", ".homelab-scaffold.yaml", "Dockerfile", "buildx.sh", "compose.yaml");

    @TempDir
    Path directory;

    static Stream<Combination> combinations() {
        return Combination.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void generatedFilesMatchGoldenCopies(Combination combination) throws IOException {
        CliRun run = generate(combination, directory);
        Path golden = Golden.ROOT.resolve("matrix").resolve(combination.id());
        if (run.status() == 2) {
            Golden.assertMatches(golden.resolve("refused.golden"), run.err());
            assertThat(listFiles(directory)).as("files written for a refused combination").isEmpty();
            return;
        }
        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(listFiles(directory)).containsExactlyElementsOf(FOLDER_ENTRIES);
        for (String file : FILES) {
            Golden.assertMatches(golden.resolve(file + ".golden"), Files.readString(directory.resolve(file)));
        }
        assertThat(Files.isExecutable(directory.resolve("buildx.sh"))).as("buildx.sh is executable").isTrue();
        assertThat(Files.isExecutable(directory.resolve("Dockerfile"))).as("Dockerfile is executable").isFalse();
    }

    static CliRun generate(Combination combination, Path directory) {
        List<String> args = new ArrayList<>(List.of("new", directory.toString()));
        args.addAll(combination.setArguments());
        return CliRun.of(args.toArray(String[]::new));
    }

    static List<String> listFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}

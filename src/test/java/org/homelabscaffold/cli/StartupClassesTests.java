package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands in a separate JVM with class loading logged, and checks that the non-interactive
 * ones load none of the heavy libraries, because each one loaded adds start-up time to every run.
 */
@Timeout(60)
class StartupClassesTests {

    /** Prefixes of libraries that only the wizard, update merges or the picocli fallback need. */
    private static final List<String> HEAVY_LIBRARIES = List.of(
            "com.googlecode.lanterna.", "org.jline.", "org.eclipse.jgit.", "picocli.",
            "com.fasterxml.jackson.databind.");

    @TempDir
    Path directory;

    @Test
    void newWithAnswersLoadsNoHeavyLibrary() throws Exception {
        List<String> loaded = loadedClasses("new", directory.resolve("svc").toString(), "--answers",
                "examples/python-postgres.yaml");

        assertThat(loaded).contains("org.homelabscaffold.output.DiskSink");
        for (String library : HEAVY_LIBRARIES) {
            assertThat(loaded).as(library).noneMatch(name -> name.startsWith(library));
        }
    }

    @Test
    void helpLoadsNoHeavyLibrary() throws Exception {
        List<String> loaded = loadedClasses("--help");

        assertThat(loaded).contains("org.homelabscaffold.cli.FastPath");
        for (String library : HEAVY_LIBRARIES) {
            assertThat(loaded).as(library).noneMatch(name -> name.startsWith(library));
        }
    }

    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path log = directory.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(50, TimeUnit.SECONDS)).as("process finished").isTrue();
        assertThat(process.exitValue()).as("exit status").isZero();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // Each line looks like "[0.012s][info][class,load] java.lang.Object source: shared objects file".
            String[] words = line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2).split(" ");
            names.add(words[0]);
        }
        return names;
    }
}

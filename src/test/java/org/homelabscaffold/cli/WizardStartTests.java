package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How {@code new} starts without answers, and what the run with answers leaves unloaded. */
@Timeout(60)
class WizardStartTests {

    @TempDir
    Path project;

    @Test
    void plainWithoutTerminalFailsToo() {
        CliRun run = CliRun.of("new", project.resolve("out").toString(), "--plain");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no answers given, and standard input and output are not both a terminal");
    }

    @Test
    void helpDescribesPlainOption() {
        CliRun run = CliRun.of("new", "--help");

        assertThat(run.out()).contains("--plain");
        assertThat(run.out()).contains("TERM=dumb");
        assertThat(run.out()).contains("(Ctrl-D)");
    }

    @Test
    void answersFileRunLoadsNoTerminalLibrary() throws Exception {
        Path answers = project.resolve("answers.yaml");
        Files.writeString(answers, "name: photos\nlanguage: go\n");
        List<String> loaded = loadedClasses("new", project.resolve("out").toString(), "--answers", answers.toString());

        assertThat(loaded).anyMatch(name -> name.startsWith("org.homelabscaffold.engine."));
        assertThat(loaded).noneMatch(name -> name.startsWith("com.googlecode.lanterna."));
        assertThat(loaded).noneMatch(name -> name.startsWith("org.jline."));
        assertThat(loaded).noneMatch(name -> name.startsWith("org.homelabscaffold.wizard."));
    }

    /** Runs the command in a new JVM with -verbose:class and returns the names of the classes it loaded. */
    private static List<String> loadedClasses(String... arguments) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        BoundedProcess.Result result = BoundedProcess.run(command, Path.of("").toAbsolutePath(), Map.of(),
                Duration.ofSeconds(30));
        assertThat(result.status()).as(result.output()).isZero();
        return result.output().lines()
                .filter(line -> line.startsWith("[") && line.contains("[class,load] "))
                .map(line -> line.substring(line.indexOf("[class,load] ") + 13).split(" ")[0])
                .toList();
    }
}

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How {@code new} starts without answers, and what the run with answers leaves unloaded. */
@Timeout(60)
class WizardStartTests {

    @TempDir
    Path project;

    @Test
    void noTerminalFailsWithHint() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"new", project.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: no answers given, and standard input is"
                + " not a terminal to ask on: pass --answers FILE (examples/ has samples) or --set KEY=VALUE\n");
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void plainWithoutTerminalFailsToo() {
        int status = Main.run(new String[] {"new", project.toString(), "--plain"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).isEqualTo(2);
    }

    @Test
    void helpDescribesPlainOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"new", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--plain").contains("TERM=dumb");
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

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.homelabscaffold.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher in tmux, answers every question of the full-screen wizard with keys, and
 * checks that the files it writes equal those of a run from the answers file it saved.
 */
@Tag("terminal")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WizardEndToEndTests {

    private static final Duration SCREEN_WAIT = Duration.ofSeconds(20);
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    @BeforeAll
    static void buildLauncherJar() throws Exception {
        ExternalTool.require("tmux");
        buildJar();
    }

    @Test
    void wizardWritesSameFilesAsAnswersFile() throws Exception {
        Path wizardOut = runWizard(WizardEndToEndTests::answerEveryQuestion);

        String saved = Files.readString(wizardOut.resolve(".homelab-scaffold.yaml"));
        assertThat(saved).contains("packageManager: uv\n");
        assertThat(saved).contains("port: 9000\n");
        assertSameFilesAsAnswersFile(wizardOut);
    }

    @Test
    void twoServicesWriteSameFilesAsAnswersFile() throws Exception {
        Path wizardOut = runWizard(WizardEndToEndTests::answerTwoServices);

        String saved = Files.readString(wizardOut.resolve(".homelab-scaffold.yaml"));
        assertThat(saved).contains("services:\n  - name: api\n");
        assertThat(saved).contains("  - name: worker\n");
        assertThat(saved).contains("    healthcheck: subcommand\n");
        assertSameFilesAsAnswersFile(wizardOut);
    }

    /** Keys that answer the wizard's questions on a tmux screen. */
    @FunctionalInterface
    private interface Answers {
        void give(Tmux tmux) throws Exception;
    }

    /** Runs the launcher's wizard in tmux with {@code answers}, writes the files and returns their folder. */
    private Path runWizard(Answers answers) throws Exception {
        Path wizardOut = work.resolve("wizard-out");
        String command = "cd " + ROOT + " && ./homelab-scaffold new " + wizardOut
                + "; echo \"wizard exit status $?\"; sleep 600";
        try (Tmux tmux = new Tmux(100, 30, command)) {
            answers.give(tmux);
            tmux.awaitText("[Summary]", SCREEN_WAIT);
            tmux.type("w");
            String after = tmux.awaitText("wizard exit status", SCREEN_WAIT);

            assertThat(after).contains("wizard exit status 0");
            assertThat(after).contains("new " + wizardOut.resolve("Dockerfile"));
        }
        return wizardOut;
    }

    /** Runs the launcher on the answers file the wizard saved and compares every file and its executable bit. */
    private void assertSameFilesAsAnswersFile(Path wizardOut) throws Exception {
        Path fileOut = work.resolve("answers-out");
        Path answers = wizardOut.resolve(".homelab-scaffold.yaml");
        assertThat(launch("new", fileOut.toString(), "--answers", answers.toString())).isZero();

        assertThat(fileNames(wizardOut)).isEqualTo(fileNames(fileOut));
        for (String name : fileNames(wizardOut)) {
            assertThat(Files.readString(wizardOut.resolve(name))).as(name)
                    .isEqualTo(Files.readString(fileOut.resolve(name)));
            assertThat(Files.isExecutable(wizardOut.resolve(name))).as(name)
                    .isEqualTo(Files.isExecutable(fileOut.resolve(name)));
        }
    }

    /** Gives each question an answer, most of them other than the proposal, waiting for each screen first. */
    private static void answerEveryQuestion(Tmux tmux) throws Exception {
        answer(tmux, "(name)", "photos");
        answer(tmux, "(language)", "python");
        answer(tmux, "(version)", "");
        answer(tmux, "(packageManager)", "uv");
        answer(tmux, "(lockfile)", "yes");
        answer(tmux, "(nativeCode)", "yes");
        tmux.awaitText("(systemLibraries)", SCREEN_WAIT);
        tmux.type("libpq");
        tmux.keys("Space");
        tmux.awaitText("[x] libpq", SCREEN_WAIT);
        tmux.keys("Enter");
        answer(tmux, "(base)", "slim");
        answer(tmux, "(role)", "app");
        answer(tmux, "(services)", "");
        answer(tmux, "(entrypoint)", "main.py");
        answer(tmux, "(port)", "9000");
        answer(tmux, "(healthcheck)", "http");
        answer(tmux, "(healthPath)", "/healthz");
        answer(tmux, "(migration.database)", "postgres");
        answer(tmux, "(migration.command)", "alembic, upgrade, head");
        answer(tmux, "(runtimeFiles)", "static/");
        answer(tmux, "(platforms)", "");
        answer(tmux, "(image)", "registry.home.arpa:5000/photos");
    }

    /** Describes two Go services: api with its health subcommand, and worker without a port. */
    private static void answerTwoServices(Tmux tmux) throws Exception {
        answer(tmux, "(name)", "tools");
        answer(tmux, "(language)", "go");
        answer(tmux, "(version)", "");
        answer(tmux, "(packageManager)", "");
        answer(tmux, "(lockfile)", "");
        answer(tmux, "(nativeCode)", "");
        answer(tmux, "(base)", "");
        answer(tmux, "(role)", "");
        answer(tmux, "(services)", "api, worker");
        answer(tmux, "(services.api.entrypoint)", "");
        answer(tmux, "(services.api.port)", "");
        answer(tmux, "(services.api.healthcheck)", "subcommand");
        answer(tmux, "(services.worker.entrypoint)", "");
        answer(tmux, "(services.worker.port)", "");
        answer(tmux, "(services.worker.healthcheck)", "");
        answer(tmux, "(migration.database)", "postgres");
        answer(tmux, "(migration.command)", "");
        answer(tmux, "(runtimeFiles)", "");
        answer(tmux, "(platforms)", "");
        answer(tmux, "(image)", "registry.home.arpa:5000/tools");
    }

    private static void answer(Tmux tmux, String title, String text) throws Exception {
        tmux.awaitText(title, SCREEN_WAIT);
        if (!text.isEmpty()) {
            tmux.type(text);
        }
        tmux.keys("Enter");
    }

    /**
     * Builds the jar the launcher runs, so the launcher finds it current. Test compilation is
     * skipped too, because this build shares target/ with the test run that calls it.
     */
    private static void buildJar() throws IOException, InterruptedException {
        assertThat(run(List.of("./mvnw", "-q", "-B", "-Dmaven.test.skip=true", "package"), Duration.ofMinutes(5)))
                .isZero();
    }

    private static int launch(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("homelab-scaffold").toString()));
        command.addAll(List.of(arguments));
        return run(command, Duration.ofMinutes(2));
    }

    private static int run(List<String> command, Duration limit) throws IOException, InterruptedException {
        BoundedProcess.Result result = BoundedProcess.run(command, ROOT, Map.of(), limit);
        assertThat(result.status()).as("%s printed:%n%s", command, result.output()).isZero();
        return result.status();
    }

    /** Returns the paths of the regular files under {@code folder}, relative to it, sorted. */
    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).sorted()
                    .toList();
        }
    }
}

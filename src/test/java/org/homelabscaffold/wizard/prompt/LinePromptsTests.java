package org.homelabscaffold.wizard.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.Language;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.EnginePreviews;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class LinePromptsTests {

    /** Enter on each of the 14 questions that follow the language for Go, which takes each proposal. */
    private static final String GO_DEFAULTS = "\n".repeat(14);
    /** The same for Python, which also asks for the health check path. */
    private static final String PYTHON_DEFAULTS = "\n".repeat(15);

    @TempDir
    Path project;

    private String output = "";

    @Test
    void pipedAnswersCompleteRun() throws IOException {
        WizardOutcome outcome = run("photos\ngo\n" + GO_DEFAULTS + "w\n");

        assertThat(outcome).isInstanceOf(WizardOutcome.Write.class);
        assertThat(written(outcome).answers().get("name")).isEqualTo("photos");
        assertThat(written(outcome).answers().language()).contains(Language.GO);
        assertThat(output).contains("Step 1 of 17: Service name");
        assertThat(output).contains("Number or name [scratch]: ");
        assertThat(output).contains("Summary:");
        assertThat(output).contains("new        Dockerfile");
    }

    @Test
    void choiceByNumber() throws IOException {
        WizardOutcome outcome = run("photos\n2\n" + PYTHON_DEFAULTS + "w\n");

        assertThat(written(outcome).answers().language()).contains(Language.PYTHON);
        assertThat(written(outcome).answers().base()).contains(Base.SLIM);
    }

    @Test
    void optionsAreNumberedWithDefaultMarked() throws IOException {
        run("photos\npython\n\n\n\n\n");

        assertThat(output).contains("   1) scratch     unavailable: Python needs an interpreter and scratch has none");
        assertThat(output).contains("   4) slim        (default)");
    }

    @Test
    void invalidAnswerIsAskedAgain() throws IOException {
        run("my service\nphotos\n");

        assertThat(output).contains("invalid value 'my service': expected 1 to 63 lowercase letters");
        assertThat(output.split("Step 1 of 17: Service name", -1)).hasSize(3);
        assertThat(output).contains("Step 2 of 17: Language");
    }

    @Test
    void unavailableOptionIsAskedAgain() throws IOException {
        run("photos\npython\n\n\n\n\n1\n");

        assertThat(output).contains("scratch is unavailable: Python needs an interpreter");
        assertThat(output.split("Step 7 of 17: Runtime base image", -1)).hasSize(3);
    }

    @Test
    void portOutOfRangeIsAskedAgain() throws IOException {
        run("photos\ngo\n" + "\n".repeat(8) + "0\n");

        assertThat(output).contains("Port [8080]: ");
        assertThat(output).contains("invalid value '0': expected a port from 1 to 65535; give the port the service listens on, such as 8080, or none for a service without a port (? shows help)");
    }

    @Test
    void questionMarkShowsHelp() throws IOException {
        run("photos\n?\n");

        assertThat(output).contains("  The language the service is written in.");
        assertThat(output).contains("  go: Compiles to one binary; the smallest images.");
        assertThat(output).contains("Allowed: one of go, python, node.");
    }

    @Test
    void lessThanGoesBack() throws IOException {
        run("photos\n<\n");

        assertThat(output).contains("Service name [photos]: ");
    }

    @Test
    void secondServiceReachesPreview() throws IOException {
        WizardOutcome outcome = run("tools\ngo\n" + "\n".repeat(6) + "api, worker\n" + "\n".repeat(10) + "f\n");

        assertThat(outcome).isInstanceOf(WizardOutcome.InputEnded.class);
        assertThat(output).contains("Services, comma-separated [tools]: ");
        assertThat(output).contains("Step 10 of 19: api entrypoint");
        assertThat(output).contains("api entrypoint [./cmd/api]: ");
        assertThat(output).contains("worker port [none]: ");
        assertThat(output).contains("   9) Services             api, worker  (your answer)");
        assertThat(output).contains("FROM deps AS build-api");
        assertThat(output).contains("FROM deps AS build-worker");
        assertThat(output).contains("==> compose.yaml (new) <==");
        assertThat(output).contains("  worker:\n");
    }

    @Test
    void repeatedServiceNameIsAskedAgain() throws IOException {
        run("tools\ngo\n" + "\n".repeat(6) + "api, api\n");

        assertThat(output).contains("  the name 'api' is used twice; give each service its own name (? shows help)");
        assertThat(output.split("Step 9 of 16: Services", -1)).hasSize(3);
    }

    @Test
    void servicePortOutOfRangeIsAskedAgain() throws IOException {
        run("tools\ngo\n" + "\n".repeat(6) + "api, worker\n" + "\n".repeat(4) + "70000\n");

        assertThat(output).contains("  invalid value '70000': expected a port from 1 to 65535; give the port the service listens on, such as 8080, or none for a service without a port (? shows help)");
        assertThat(output.split("worker port \\[none\\]: ", -1)).hasSize(3);
    }

    @Test
    void endOfInputEndsRun() throws IOException {
        WizardOutcome outcome = run("photos\n");

        assertThat(outcome).isInstanceOf(WizardOutcome.InputEnded.class);
    }

    @Test
    void controlCInterruptsRun() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (DumbTerminal terminal = new DumbTerminal(new PipedInputStream(keyboard), bytes)) {
            interruptOnControlC(terminal);
            Future<WizardOutcome> outcome = executor.submit(() -> new LinePrompts(terminal, project)
                    .run(new WizardFlow(DetectedAnswers.none()), EnginePreviews.into(project)));
            keyboard.write("photos\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            awaitOutput(bytes, "Step 2 of 17: Language");
            keyboard.write(3);
            keyboard.flush();

            assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(WizardOutcome.Interrupted.class);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void summaryNumberReopensAnswer() throws IOException {
        WizardOutcome outcome = run("photos\ngo\n" + GO_DEFAULTS + "11\n9090\nw\n");

        assertThat(written(outcome).answers().get("port")).isEqualTo(9090);
    }

    @Test
    void differingFileShowsDiffBeforeReplacing() throws IOException {
        Files.writeString(project.resolve("compose.yaml"), "services: {}\n");
        WizardOutcome outcome = run("photos\ngo\n" + GO_DEFAULTS + "w\nr\n");

        assertThat(output).contains("differs    compose.yaml");
        assertThat(output).contains("-services: {}");
        assertThat(output).contains("This file exists with other content.");
        assertThat(((WizardOutcome.Write) outcome).replaceDifferent()).isTrue();
    }

    @Test
    void goingBackFromReplaceReturnsToReview() throws IOException {
        Files.writeString(project.resolve("compose.yaml"), "services: {}\n");
        WizardOutcome outcome = run("photos\ngo\n" + GO_DEFAULTS + "w\nb\nw\nk\n");

        assertThat(((WizardOutcome.Write) outcome).replaceDifferent()).isFalse();
    }

    @Test
    void showFilesPrintsContent() throws IOException {
        run("photos\ngo\n" + GO_DEFAULTS + "f\n");

        assertThat(output).contains("==> Dockerfile (new) <==\n# syntax=docker/dockerfile:1");
    }

    @Test
    void saveAnswersReturnsFile() throws IOException {
        WizardOutcome outcome = run("photos\ngo\n" + GO_DEFAULTS + "s\n\n");

        assertThat(outcome).isInstanceOf(WizardOutcome.SaveAnswers.class);
        assertThat(((WizardOutcome.SaveAnswers) outcome).file()).isEqualTo(project.resolve("photos-answers.yaml"));
        assertThat(output).contains("s save the answers and quit) [w]: ");
    }

    @Test
    void unknownReviewChoiceIsAskedAgain() throws IOException {
        run("photos\ngo\n" + GO_DEFAULTS + "x\n");

        assertThat(output).contains("Unknown choice 'x'");
    }

    private WizardOutcome run(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), bytes)) {
            WizardOutcome outcome = new LinePrompts(terminal, project)
                    .run(new WizardFlow(DetectedAnswers.none()), EnginePreviews.into(project));
            output = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            return outcome;
        }
    }

    /** Makes Ctrl-C raise SIGINT, as a terminal driver does; a dumb terminal starts without that setting. */
    private static void interruptOnControlC(DumbTerminal terminal) {
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        terminal.setAttributes(attributes);
    }

    /** Polls the output until it contains {@code expected}, for at most five seconds. */
    private static void awaitOutput(ByteArrayOutputStream bytes, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!bytes.toString(StandardCharsets.UTF_8).contains(expected)) {
            assertThat(System.nanoTime()).as("waiting for %s", expected).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static org.homelabscaffold.answers.AnswersReader.Given written(WizardOutcome outcome) {
        return ((WizardOutcome.Write) outcome).answers();
    }
}

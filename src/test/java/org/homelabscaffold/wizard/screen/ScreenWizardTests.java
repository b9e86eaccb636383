package org.homelabscaffold.wizard.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.Language;
import org.homelabscaffold.wizard.EnginePreviews;
import org.homelabscaffold.wizard.WizardOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class ScreenWizardTests {

    @TempDir
    Path project;

    private ScreenDriver driver;

    @AfterEach
    void stopWizard() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void firstScreenAsksServiceName() {
        start(Map.of());
        String screen = driver.awaitText("Service name");

        assertThat(screen).contains("step 1 of 17");
        assertThat(screen).contains("No default.");
        assertThat(screen).contains("Answers so far");
        assertThat(screen).contains("Names the compose service");
        assertThat(screen).contains("Enter confirm  Ctrl-U clear  Esc back  Ctrl-C quit");
    }

    @ParameterizedTest
    @CsvSource({"go, golang:", "python, python:", "node, node:"})
    void languagePathReachesPreview(String language, String builderImage) throws Exception {
        start(Map.of());
        driver.answer("photos");
        driver.answer(language);
        driver.acceptUntil("[Summary]");
        String summary = driver.screenText();
        driver.press(KeyType.ArrowRight);
        String dockerfile = driver.awaitText("[Dockerfile]");
        driver.type("w");
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(summary).contains("Language                " + language);
        assertThat(summary).contains("Answer 1 of ");
        assertThat(summary).contains("> Service name");
        assertThat(dockerfile).contains("   1 | # syntax=docker/dockerfile:1");
        assertThat(dockerfile).contains(builderImage);
        assertThat(dockerfile).contains("Dockerfile: new file, lines 1-17 of ");
        assertThat(outcome).isInstanceOf(WizardOutcome.Write.class);
        assertThat(((WizardOutcome.Write) outcome).answers().answers().language()).contains(Language.valueOf(
                language.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void unavailableBaseShowsReasonAndCannotBeChosen() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("python");
        driver.acceptUntil("(base)");
        driver.type("scr");
        String highlighted = driver.awaitText("Filter: scr");
        driver.press(KeyType.Enter);
        String rejected = driver.awaitText("scratch is unavailable");

        assertThat(highlighted).contains("> scratch     unavailable");
        assertThat(highlighted).contains("Unavailable: Python needs an interpreter and scratch has none");
        assertThat(rejected).contains("Runtime base image");
    }

    @Test
    void defaultChoiceIsMarked() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("python");
        String screen = driver.acceptUntilText("(base)");

        assertThat(screen).contains("> slim        (default)");
        assertThat(screen).contains("  scratch     unavailable");
    }

    @Test
    void escapeAndShiftTabGoBack() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.press(KeyType.Escape);
        String language = driver.awaitText("step 2 of");
        driver.press(KeyType.ReverseTab);
        String name = driver.awaitText("step 1 of");

        assertThat(language).contains("> go");
        assertThat(language).contains("(your answer)");
        assertThat(name).contains("> photos");
    }

    @Test
    void backKeepsLaterAnswer() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("(port)");
        driver.press(KeyType.Backspace);
        driver.answer("9000");
        driver.press(KeyType.Escape);
        driver.awaitText("(port)");
        driver.press(KeyType.Escape);
        driver.awaitText("(entrypoint)");
        driver.answer("");
        String port = driver.awaitText("(port)");

        assertThat(port).contains("Your answer: 9000");
    }

    @Test
    void invalidPortShowsMessage() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("(port)");
        driver.type("70000");
        driver.press(KeyType.Enter);
        String screen = driver.awaitText("expected a port from 1 to 65535");

        assertThat(screen).contains("invalid value '70000'");
    }

    @Test
    void typingFiltersLongList() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("node");
        driver.acceptUntil("(packageManager)");
        driver.type("pn");
        String screen = driver.awaitText("Filter: pn");

        assertThat(screen).contains("> pnpm");
        assertThat(screen).doesNotContain("yarn");
    }

    @Test
    void spaceChecksListOptions() throws Exception {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("(platforms)");
        driver.type(" ");
        driver.awaitText("> [ ] linux/amd64");
        driver.press(KeyType.Enter);
        driver.acceptUntil("[Summary]");
        String summary = driver.screenText();

        assertThat(summary).contains("Platforms               linux/arm64 ");
    }

    @Test
    void reviewChangesAnswerAndReturns() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        for (int step = 0; step < 10; step++) {
            driver.press(KeyType.ArrowDown);
        }
        driver.awaitText("Answer 11 of");
        driver.press(KeyType.Enter);
        driver.awaitText("(port)");
        driver.answer("9090");
        String summary = driver.awaitText("[Summary]");

        assertThat(summary).contains("Port                    9090");
    }

    @Test
    void previewScrollsFile() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("python");
        driver.acceptUntil("[Summary]");
        driver.press(KeyType.ArrowRight);
        driver.awaitText("lines 1-17 of");
        driver.press(KeyType.PageDown);
        String screen = driver.awaitText("lines 18-");

        assertThat(screen).contains("  18 | ");
    }

    @Test
    void differingFileNeedsConfirmation() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services: {}\n");
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        driver.press(KeyType.End);
        String summary = driver.awaitText("differs");
        driver.type("w");
        String confirm = driver.awaitText("replace existing files?");
        driver.type("r");
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(summary).contains("differs    compose.yaml");
        assertThat(confirm).contains("This file exists with other content: compose.yaml");
        assertThat(confirm).contains("-services: {}");
        assertThat(confirm).contains("+++ b/compose.yaml");
        assertThat(outcome).isInstanceOf(WizardOutcome.Write.class);
        assertThat(((WizardOutcome.Write) outcome).replaceDifferent()).isTrue();
    }

    @Test
    void keepingDifferingFilesWritesTheRest() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services: {}\n");
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        driver.type("w");
        driver.awaitText("replace existing files?");
        driver.type("k");
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(((WizardOutcome.Write) outcome).replaceDifferent()).isFalse();
    }

    @Test
    void saveAnswersReturnsFile() throws Exception {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        driver.type("s");
        String save = driver.awaitText("Save the answers to a file");
        driver.press(KeyType.Enter);
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(save).contains("File: photos-answers.yaml");
        assertThat(outcome).isEqualTo(new WizardOutcome.SaveAnswers(((WizardOutcome.SaveAnswers) outcome).answers(),
                project.resolve("photos-answers.yaml")));
    }

    @Test
    void saveAsksBeforeReplacingFile() throws Exception {
        Files.writeString(project.resolve("photos-answers.yaml"), "old\n");
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        driver.type("s");
        driver.awaitText("Save the answers to a file");
        driver.press(KeyType.Enter);
        String confirm = driver.awaitText("press Enter again to replace it");
        driver.press(KeyType.Enter);
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(confirm).contains("The file exists");
        assertThat(outcome).isInstanceOf(WizardOutcome.SaveAnswers.class);
    }

    @Test
    void controlCOnQuestionInterrupts() throws Exception {
        start(Map.of());
        driver.awaitText("Service name");
        driver.control('c');

        assertThat(driver.awaitOutcome()).isInstanceOf(WizardOutcome.Interrupted.class);
    }

    @Test
    void controlCOnReviewInterrupts() throws Exception {
        start(Map.of());
        driver.answer("photos");
        driver.answer("go");
        driver.acceptUntil("[Summary]");
        driver.control('c');

        assertThat(driver.awaitOutcome()).isInstanceOf(WizardOutcome.Interrupted.class);
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void secondServiceReachesPreview() throws Exception {
        start(Map.of());
        driver.answer("tools");
        driver.answer("go");
        String list = driver.acceptUntilText("(services)");
        driver.answer("api, worker");
        String entrypoint = driver.awaitText("(services.api.entrypoint)");
        driver.acceptUntil("[Summary]");
        String summary = driver.screenText();
        driver.press(KeyType.ArrowRight);
        String dockerfile = pagesOf(driver.awaitText("[Dockerfile]"), "AS build-worker");
        driver.type("w");
        WizardOutcome outcome = driver.awaitOutcome();

        assertThat(list).contains(" Services  (services)");
        assertThat(list).contains("Default: tools");
        assertThat(entrypoint).contains("api entrypoint  (services.api.entrypoint)");
        assertThat(entrypoint).contains("Default: ./cmd/api");
        assertThat(summary).contains("   Services                api, worker                     your answer");
        assertThat(dockerfile).contains("FROM deps AS build-api");
        assertThat(dockerfile).contains("FROM deps AS build-worker");
        assertThat(outcome).isInstanceOf(WizardOutcome.Write.class);
        assertThat(((WizardOutcome.Write) outcome).answers().answers().get("services")).asList().hasSize(2);
    }

    @Test
    void repeatedServiceNameIsAskedAgain() {
        start(Map.of());
        driver.answer("tools");
        driver.answer("go");
        driver.acceptUntil("(services)");
        driver.type("api, api");
        driver.press(KeyType.Enter);
        String screen = driver.awaitText("is used twice");

        assertThat(screen).contains("the name 'api' is used twice; give each service its own name");
        assertThat(screen).contains("(services)");
    }

    @Test
    void servicePortOutOfRangeIsAskedAgain() {
        start(Map.of());
        driver.answer("tools");
        driver.answer("go");
        driver.acceptUntil("(services)");
        driver.answer("api, worker");
        driver.acceptUntil("(services.worker.port)");
        driver.type("70000");
        driver.press(KeyType.Enter);
        String screen = driver.awaitText("expected a port");

        assertThat(screen).contains("invalid value '70000': expected a port from 1 to 65535");
        assertThat(screen).contains("Type none when the service listens on no");
    }

    @Test
    void resizeRedrawsScreen() {
        start(Map.of());
        driver.awaitText("Service name");
        driver.terminal.setTerminalSize(new TerminalSize(100, 30));
        String screen = driver.awaitScreen(text -> text.lines().findFirst().orElse("").length() == 99);

        assertThat(screen.lines().findFirst().orElse("")).endsWith("step 1 of 17");
        assertThat(screen.lines().toList().get(29)).contains("Enter confirm");
    }

    @Test
    void noColorLeavesEveryCellUncoloured() {
        start(Map.of("NO_COLOR", "1"));
        driver.answer("photos");
        driver.answer("python");
        driver.acceptUntil("(base)");

        assertThat(colouredCells()).isEmpty();
    }

    @Test
    void coloursAreUsedWithoutNoColor() {
        start(Map.of());
        driver.answer("photos");
        driver.answer("python");
        driver.acceptUntil("(base)");

        assertThat(colouredCells()).isNotEmpty();
    }

    /** Pages down through the shown file until {@code expected} has been on screen, returning every page seen. */
    private String pagesOf(String firstPage, String expected) {
        StringBuilder pages = new StringBuilder(firstPage);
        String page = firstPage;
        while (!pages.toString().contains(expected)) {
            String previous = page;
            driver.press(KeyType.PageDown);
            page = driver.awaitScreen(screen -> !screen.equals(previous));
            pages.append(page);
        }
        return pages.toString();
    }

    private void start(Map<String, String> environment) {
        driver = new ScreenDriver(EnginePreviews.into(project), environment, project);
    }

    private List<TextCharacter> colouredCells() {
        return Arrays.stream(driver.cells()).flatMap(Arrays::stream)
                .filter(cell -> cell.getForegroundColor() != TextColor.ANSI.DEFAULT
                        || cell.getBackgroundColor() != TextColor.ANSI.DEFAULT)
                .toList();
    }
}

package org.homelabscaffold.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.AnswersWriter;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.Healthcheck;
import org.homelabscaffold.answers.Language;
import org.homelabscaffold.answers.Role;
import org.junit.jupiter.api.Test;

class WizardFlowTests {

    private final WizardFlow flow = new WizardFlow(DetectedAnswers.none());

    @Test
    void firstStepAsksServiceName() {
        Step step = flow.step();

        assertThat(step.question().key()).isEqualTo("name");
        assertThat(step.number()).isEqualTo(1);
        assertThat(step.proposal().value()).isNull();
    }

    @Test
    void blankNameIsRequired() {
        assertThat(flow.answer("  ")).hasValueSatisfying(message -> assertThat(message).startsWith(
                "an answer is required"));
        assertThat(flow.step().question().key()).isEqualTo("name");
    }

    @Test
    void nameWithSpaceIsInvalid() {
        assertThat(flow.answer("my service")).hasValueSatisfying(message -> assertThat(message)
                .contains("'my service'").contains("lowercase letters, digits and '-'"));
    }

    @Test
    void portOutOfRangeIsInvalid() {
        answerUntil("port", "photos", "go");

        assertThat(flow.answer("70000")).hasValue("invalid value '70000': expected a port from 1 to 65535"
                + "; give the port the service listens on, such as 8080, or none for a service without a port");
        assertThat(flow.step().question().key()).isEqualTo("port");
    }

    @Test
    void portThatIsNotNumberIsInvalid() {
        answerUntil("port", "photos", "go");

        assertThat(flow.answer("http")).hasValue("invalid value 'http': expected a whole number");
    }

    @Test
    void versionDefaultFollowsLanguage() {
        answerUntil("version", "photos", "python");

        assertThat(flow.step().proposal()).isEqualTo(new Proposal("3.13", "default"));
    }

    @Test
    void blankAnswerTakesProposal() {
        answerUntil("version", "photos", "node");
        flow.answer("");

        assertThat(flow.answers().get("version")).isEqualTo("24");
    }

    @Test
    void buildScriptIsAskedOnlyForNode() {
        List<String> goKeys = keysAskedFor("go");
        List<String> nodeKeys = keysAskedFor("node");

        assertThat(goKeys).doesNotContain("buildScript");
        assertThat(nodeKeys).contains("buildScript");
    }

    @Test
    void systemLibrariesAreAskedOnlyWithNativeCode() {
        answerUntil("nativeCode", "photos", "python");
        int totalWithout = flow.step().total();
        flow.answer("yes");

        assertThat(flow.step().question().key()).isEqualTo("systemLibraries");
        assertThat(flow.step().total()).isEqualTo(totalWithout + 1);
    }

    @Test
    void stepNumberCountsOnlyQuestionsThatApply() {
        answerUntil("nativeCode", "photos", "go");

        assertThat(flow.step().number()).isEqualTo(6);
    }

    @Test
    void baseOptionsRejectScratchForPython() {
        answerUntil("base", "photos", "python");
        Option scratch = option(flow.step(), "scratch");

        assertThat(scratch.isEnabled()).isFalse();
        assertThat(scratch.rejection()).isEqualTo("Python needs an interpreter and scratch has none; use slim,"
                + " or distroless for a smaller image");
    }

    @Test
    void rejectedBaseCannotBeChosen() {
        answerUntil("base", "photos", "python");

        assertThat(flow.answer("scratch")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Python needs an interpreter"));
        assertThat(flow.step().question().key()).isEqualTo("base");
    }

    @Test
    void packageManagersOfOtherLanguagesAreRejected() {
        answerUntil("packageManager", "photos", "python");
        Step step = flow.step();

        assertThat(option(step, "npm").rejection()).isEqualTo("'npm' is a Node.js package manager, not a Python"
                + " one; use pip or poetry or uv");
        assertThat(option(step, "poetry").isEnabled()).isTrue();
    }

    @Test
    void migrationSidecarRejectsNoDatabase() {
        answerUntil("migration.database", "photos", "go", "", "", "", "", "", "migration-sidecar", "");
        Option none = option(flow.step(), "none");

        assertThat(none.rejection()).isEqualTo("a migration sidecar needs the database it migrates; set"
                + " migration.database to postgres or mariadb");
    }

    @Test
    void httpRejectedForGoOnScratch() {
        answerUntil("healthcheck", "photos", "go");

        assertThat(option(flow.step(), "http").isEnabled()).isFalse();
        assertThat(flow.step().proposal().value()).isEqualTo(Healthcheck.NONE);
    }

    @Test
    void detectedValueIsProposedWithItsSource() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("language", "go", "version", "1.24"),
                Map.of("language", "go.mod", "version", "go.mod (go directive)"), List.of());
        WizardFlow detectedFlow = new WizardFlow(detected);
        detectedFlow.answer("photos");
        Step language = detectedFlow.step();
        detectedFlow.answer("");
        Step version = detectedFlow.step();

        assertThat(language.proposal()).isEqualTo(new Proposal(Language.GO, "detected from go.mod"));
        assertThat(version.proposal()).isEqualTo(new Proposal("1.24", "detected from go.mod (go directive)"));
    }

    @Test
    void invalidDetectedValueFallsBackToDefault() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("port", 99999), Map.of("port", "main.go"), List.of());
        WizardFlow detectedFlow = new WizardFlow(detected);
        answerUntil(detectedFlow, "port", "photos", "go");

        assertThat(detectedFlow.step().proposal()).isEqualTo(new Proposal(8080, "default"));
    }

    @Test
    void backFromFirstQuestionStaysThere() {
        assertThat(flow.back()).isFalse();
        assertThat(flow.step().question().key()).isEqualTo("name");
    }

    @Test
    void backReturnsToPreviousQuestionWithAnswer() {
        flow.answer("photos");
        flow.answer("go");

        assertThat(flow.back()).isTrue();
        assertThat(flow.step().question().key()).isEqualTo("language");
        assertThat(flow.step().proposal()).isEqualTo(new Proposal(Language.GO, "your answer"));
    }

    @Test
    void backKeepsTypedAnswersThatStillApply() {
        answerUntil("port", "photos", "go");
        flow.answer("9000");
        returnTo("language");
        flow.answer("python");
        answerUntil("port");

        assertThat(flow.step().proposal()).isEqualTo(new Proposal(9000, "your answer"));
    }

    @Test
    void acceptedDefaultsFollowChangedEarlierAnswer() {
        answerUntil("port", "photos", "go");
        returnTo("language");
        flow.answer("python");

        assertThat(flow.step().proposal()).isEqualTo(new Proposal("3.13", "default"));
    }

    @Test
    void unworkableTypedAnswerFallsBack() {
        answerUntil("healthcheck", "photos", "go");
        flow.answer("subcommand");
        returnTo("language");
        flow.answer("python");
        answerUntil("healthcheck");
        Step step = flow.step();

        assertThat(step.proposal().value()).isEqualTo(Healthcheck.HTTP);
        assertThat(step.note()).isEqualTo("Your earlier answer subcommand no longer works: 'subcommand' runs the"
                + " Go binary's health subcommand; use 'http' or 'none'");
    }

    @Test
    void typedAnswerIsKeptWhenDefaultChanges() {
        answerUntil("entrypoint", "photos", "go");
        flow.answer("./run.py");
        returnTo("language");
        flow.answer("python");
        answerUntil("entrypoint");
        Step step = flow.step();

        assertThat(step.proposal()).isEqualTo(new Proposal("./run.py", "your answer"));
        assertThat(step.note()).isEqualTo("Your earlier answer is kept; the default is now app.py.");
    }

    @Test
    void editStopsWhereTypedAnswerHadOtherDefault() {
        answerUntil("entrypoint", "photos", "go");
        flow.answer("./cmd/server");
        answerAll();
        flow.edit("language");
        flow.answer("python");

        assertThat(flow.step().question().key()).isEqualTo("entrypoint");
    }

    @Test
    void versionOfOtherLanguageFallsBack() {
        answerUntil("version", "photos", "go");
        flow.answer("1.24");
        returnTo("language");
        flow.answer("python");
        Step step = flow.step();

        assertThat(step.proposal()).isEqualTo(new Proposal("3.13", "default"));
        assertThat(step.note()).startsWith("Your earlier answer 1.24 no longer works: ");
    }

    @Test
    void migrationRejectedWhenNameIsTaken() {
        answerUntil("migration.database", "db", "go");
        Option postgres = option(flow.step(), "postgres");

        assertThat(postgres.rejection()).startsWith("'db' is taken: compose.yaml names the database service 'db'");
    }

    @Test
    void completedFlowResolvesLikeAnswersFile() {
        answerAll("photos", "python");
        AnswersResolver.Resolved resolved = AnswersResolver.resolve(flow.given(), Map.of());

        assertThat(flow.isComplete()).isTrue();
        assertThat(resolved.answers().base()).isEqualTo(Base.SLIM);
        assertThat(AnswersWriter.write(resolved.answers())).contains("name: photos\n").contains("language: python\n");
    }

    @Test
    void summaryListsEveryAnswerWithOrigin() {
        answerAll("photos", "go");
        List<SummaryLine> summary = flow.summary();

        assertThat(summary.get(0)).isEqualTo(new SummaryLine("name", "Service name", "photos", "your answer"));
        assertThat(summary).contains(new SummaryLine("base", "Runtime base image", "scratch", "default"));
        assertThat(summary).extracting(SummaryLine::key).doesNotContain("buildScript", "healthPath");
    }

    @Test
    void answersSoFarListsEarlierQuestionsOnly() {
        flow.answer("photos");
        flow.answer("go");

        assertThat(flow.answersSoFar()).extracting(SummaryLine::key).containsExactly("name", "language");
    }

    @Test
    void editFromSummaryReturnsToSummary() {
        answerAll("photos", "go");
        flow.edit("port");
        flow.answer("9090");

        assertThat(flow.isComplete()).isTrue();
        assertThat(flow.answers().get("port")).isEqualTo(9090);
    }

    @Test
    void editStopsAtQuestionsThatNoLongerFit() {
        answerUntil("healthcheck", "photos", "go");
        flow.answer("subcommand");
        answerAll();
        flow.edit("language");
        flow.answer("python");

        assertThat(flow.isComplete()).isFalse();
        assertThat(flow.step().question().key()).isEqualTo("healthcheck");
    }

    @Test
    void editStopsAtNewlyApplicableQuestions() {
        answerAll("photos", "python");
        flow.edit("nativeCode");
        flow.answer("yes");

        assertThat(flow.step().question().key()).isEqualTo("systemLibraries");
    }

    @Test
    void editOfSkippedQuestionFails() {
        answerAll("photos", "go");

        assertThatThrownBy(() -> flow.edit("buildScript")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("buildScript: is not a question that applies to these answers");
    }

    @Test
    void multipleChoiceTakesListOfOptions() {
        answerUntil("platforms", "photos", "go");
        Step step = flow.step();
        flow.choose(List.of("linux/arm64"));

        assertThat(step.isMultipleChoice()).isTrue();
        assertThat(flow.answers().get("platforms")).isEqualTo(List.of("linux/arm64"));
    }

    @Test
    void emptyPlatformListIsInvalid() {
        answerUntil("platforms", "photos", "go");

        assertThat(flow.choose(List.of())).hasValue("expected at least one platform");
    }

    @Test
    void migrationDatabaseNoneSkipsCommand() {
        answerUntil("migration.database", "photos", "node");
        flow.answer("none");

        assertThat(flow.step().question().key()).isEqualTo("runtimeFiles");
    }

    @Test
    void sidecarWithoutCommandLeavesItUnset() {
        answerUntil("migration.command", "photos", "go", "", "", "", "", "", "migration-sidecar", "", "postgres");
        flow.answer("");

        assertThat(flow.answers().role()).contains(Role.MIGRATION_SIDECAR);
        assertThat(flow.answers().get("migration.command")).isNull();
    }

    @Test
    void givenBeforeCompletionIsRejected() {
        assertThatThrownBy(flow::given).isInstanceOf(IllegalStateException.class);
    }

    private void answerUntil(String key, String... answers) {
        answerUntil(flow, key, answers);
    }

    private static void answerUntil(WizardFlow target, String key, String... answers) {
        FlowAnswering.answerUntil(target, key, answers);
    }

    private void answerAll(String... answers) {
        FlowAnswering.answerAll(flow, answers);
    }

    private void returnTo(String key) {
        while (flow.isComplete() || !flow.step().question().key().equals(key)) {
            assertThat(flow.back()).isTrue();
        }
    }

    private List<String> keysAskedFor(String language) {
        WizardFlow other = new WizardFlow(DetectedAnswers.none());
        other.answer("photos");
        other.answer(language);
        List<String> keys = new java.util.ArrayList<>(List.of("name", "language"));
        while (!other.isComplete()) {
            keys.add(other.step().question().key());
            other.answer("");
        }
        return keys;
    }

    private static Option option(Step step, String label) {
        return step.options().stream().filter(option -> option.label().equals(label)).findFirst().orElseThrow();
    }
}

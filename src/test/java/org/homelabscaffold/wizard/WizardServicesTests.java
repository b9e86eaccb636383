package org.homelabscaffold.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.Healthcheck;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class WizardServicesTests {

    private final WizardFlow flow = new WizardFlow(DetectedAnswers.none());

    @Test
    void oneServiceAsksOnlyServiceList() {
        List<String> keys = keysAsked(flow, "photos", "go");

        assertThat(keys).containsSubsequence("role", "services", "entrypoint", "port", "healthcheck");
        assertThat(keys).filteredOn(key -> key.startsWith("services.")).isEmpty();
    }

    @Test
    void serviceListProposesServiceName() {
        answerUntil("services", "photos", "go");
        Step step = flow.step();

        assertThat(step.proposal()).isEqualTo(new Proposal(List.of("photos"), "default"));
        assertThat(step.question().title()).isEqualTo("Services");
    }

    @Test
    void oneServiceKeepsTopLevelAnswers() {
        answerAll("photos", "go");

        assertThat(flow.answers().has("services")).isFalse();
        assertThat(flow.answers().get("entrypoint")).isEqualTo(".");
        assertThat(flow.answers().get("port")).isEqualTo(8080);
    }

    @Test
    void severalServicesAskEachService() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        List<String> keys = new ArrayList<>();
        while (!flow.step().question().key().equals("migration.database")) {
            keys.add(flow.step().question().key());
            flow.answer("");
        }

        assertThat(keys).containsExactly("services.api.entrypoint", "services.api.port", "services.api.healthcheck",
                "services.worker.entrypoint", "services.worker.port", "services.worker.healthcheck");
    }

    @Test
    void serviceQuestionsProposeLanguageDefaults() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        Step apiEntrypoint = flow.step();
        flow.answer("");
        Step apiPort = flow.step();
        flow.answer("");
        flow.answer("");
        flow.answer("");
        Step workerPort = flow.step();

        assertThat(apiEntrypoint.proposal()).isEqualTo(new Proposal("./cmd/api", "default"));
        assertThat(apiPort.proposal()).isEqualTo(new Proposal(8080, "default"));
        assertThat(workerPort.question().key()).isEqualTo("services.worker.port");
        assertThat(workerPort.proposal()).isEqualTo(new Proposal(null, "default"));
    }

    @Test
    void pythonEntrypointProposesModule() {
        answerUntil("services", "feeds", "python");
        flow.answer("web, feed-worker");
        answerUntil("services.feed-worker.entrypoint");

        assertThat(flow.step().proposal().value()).isEqualTo("feed_worker");
    }

    @Test
    void healthPathAskedWhenServiceUsesHttp() {
        answerUntil("services", "feeds", "python");
        flow.answer("web, worker");
        answerUntil("services.web.healthcheck");
        flow.answer("http");

        assertThat(flow.step().question().key()).isEqualTo("services.web.healthPath");
    }

    @Test
    void addEditAndRemoveServices() {
        answerUntil("services", "tools", "go");
        flow.answer("tools, worker, webhook");
        answerAll();
        assertThat(names(flow)).containsExactly("tools", "worker", "webhook");

        assertThat(flow.back()).isTrue();
        assertThat(flow.step().question().key()).isEqualTo("image");
        answerAll();

        flow.edit("services.webhook.port");
        assertThat(flow.answer("9000")).isEmpty();
        assertThat(flow.isComplete()).isTrue();
        assertThat(service(flow, 2).get("port")).isEqualTo(9000);

        flow.edit("services");
        assertThat(flow.answer("tools, webhook")).isEmpty();
        assertThat(flow.isComplete()).isTrue();
        assertThat(names(flow)).containsExactly("tools", "webhook");
        assertThat(service(flow, 1).get("port")).isEqualTo(9000);
        assertThat(flow.summary()).extracting(SummaryLine::key).doesNotContain("services.worker.port");
    }

    @Test
    void projectServiceKeepsSingleServiceAnswers() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("entrypoint", "./cmd/api"),
                Map.of("entrypoint", "cmd/api"), List.of());
        WizardFlow detecting = new WizardFlow(detected);
        answerUntil(detecting, "entrypoint", "tools", "go");
        assertThat(detecting.step().proposal().value()).isEqualTo("./cmd/api");
        answerUntil(detecting, "port", "");
        assertThat(detecting.answer("9090")).isEmpty();
        while (!detecting.isComplete()) {
            assertThat(detecting.answer("")).isEmpty();
        }

        detecting.edit("services");
        assertThat(detecting.answer("tools, worker")).isEmpty();
        Step toolsEntrypoint = detecting.step();
        while (!detecting.isComplete()) {
            assertThat(detecting.answer("")).isEmpty();
        }

        assertThat(toolsEntrypoint.question().key()).isEqualTo("services.tools.entrypoint");
        assertThat(toolsEntrypoint.proposal().value()).isEqualTo("./cmd/api");
        assertThat(service(detecting, 0).get("entrypoint")).isEqualTo("./cmd/api");
        assertThat(service(detecting, 0).get("port")).isEqualTo(9090);
        assertThat(service(detecting, 1).get("entrypoint")).isEqualTo("./cmd/worker");
    }

    @Test
    void backFromServiceQuestionReturnsToList() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");

        assertThat(flow.back()).isTrue();
        assertThat(flow.step().question().key()).isEqualTo("services");
        assertThat(flow.step().proposal()).isEqualTo(new Proposal(List.of("api", "worker"), "your answer"));
    }

    @Test
    void addedServiceIsAskedAfterEdit() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerAll();
        flow.edit("services");
        flow.answer("api, worker, webhook");

        assertThat(flow.isComplete()).isFalse();
        assertThat(flow.step().question().key()).isEqualTo("services.webhook.entrypoint");
    }

    @Test
    void summaryShowsEveryService() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerAll();

        assertThat(flow.summary()).contains(new SummaryLine("services", "Services", "api, worker",
                "your answer"));
        assertThat(flow.summary()).contains(new SummaryLine("services.worker.entrypoint", "worker entrypoint",
                "./cmd/worker", "default"));
        assertThat(flow.summary()).extracting(SummaryLine::key).doesNotContain("entrypoint", "port", "healthcheck");
    }

    @Test
    void repeatedNameGetsAnswersFileMessage() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api, api")).hasValue("the name 'api' is used twice; give each service its own name");
        assertThat(flow.step().question().key()).isEqualTo("services");
    }

    @Test
    void invalidNameGetsAnswersFileMessage() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api, My_Worker")).hasValue("invalid value 'My_Worker': expected 1 to 63 lowercase"
                + " letters, digits and '-', starting and ending with a letter or digit; for example 'my-worker'");
    }

    @Test
    void reservedNameGetsAnswersFileMessage() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api, runtime")).hasValue("'runtime' is taken by a stage or service the generated"
                + " files use; choose another name than base, build, deps, runtime, runtime-base, migrate, db,"
                + " scratch, context, none or build-NAME");
    }

    @Test
    void compileStageNameIsRejected() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api, build-api")).hasValue("'build-api' is taken by a stage or service the"
                + " generated files use; choose another name than base, build, deps, runtime, runtime-base, migrate,"
                + " db, scratch, context, none or build-NAME");
    }

    @Test
    void digitFirstNameIsRejected() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api, 2fa")).hasValue("invalid value '2fa': a service name is also a Dockerfile"
                + " stage name, which must start with a letter; for example 'svc-2fa'");
    }

    @Test
    void singleOtherNameIsRejected() {
        answerUntil("services", "tools", "go");

        assertThat(flow.answer("api")).hasValue("one service takes the service name 'tools'; list two or more"
                + " names for several services, or only 'tools' for one");
    }

    @Test
    void servicePortOutOfRangeIsRejected() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerUntil("services.worker.port");

        assertThat(flow.answer("70000")).hasValue("invalid value '70000': expected a port from 1 to 65535"
                + "; give the port the service listens on, such as 8080, or none for a service without a port");
        assertThat(flow.step().question().key()).isEqualTo("services.worker.port");
    }

    @Test
    void servicePortAcceptsNone() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerUntil("services.api.port");
        flow.answer("none");
        answerAll();

        assertThat(service(flow, 0)).containsEntry("port", null);
    }

    @Test
    void serviceHealthcheckFollowsTopLevelRules() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerUntil("services.api.healthcheck");
        Option http = flow.step().options().get(0);

        assertThat(http.rejection()).isEqualTo("'http' needs an HTTP client in the image and Go on scratch has"
                + " none; use 'subcommand' if the binary has a health subcommand, or 'none', or base: alpine");
        assertThat(flow.step().proposal().value()).isEqualTo(Healthcheck.NONE);
    }

    @Test
    void portNoneTurnsDefaultHealthcheckOff() {
        answerUntil("services", "feeds", "python");
        flow.answer("web, worker");
        answerAll();
        assertThat(service(flow, 0).get("healthcheck")).isEqualTo(Healthcheck.HTTP);

        flow.edit("services.web.port");
        flow.answer("none");

        assertThat(flow.isComplete()).isTrue();
        assertThat(service(flow, 0).get("healthcheck")).isEqualTo(Healthcheck.NONE);
        assertThat(service(flow, 0)).doesNotContainKey("healthPath");
    }

    @Test
    void languageChangeReasksTypedHealthcheck() {
        answerUntil("services", "tools", "go");
        flow.answer("api, worker");
        answerUntil("services.api.healthcheck");
        flow.answer("subcommand");
        answerAll();
        flow.edit("language");
        flow.answer("python");

        assertThat(flow.step().question().key()).isEqualTo("services.api.healthcheck");
        assertThat(flow.step().note()).isEqualTo("Your earlier answer subcommand no longer works: 'subcommand' runs"
                + " the Go binary's health subcommand; use 'http' or 'none'");
    }

    @Test
    void detectedCommandsAreProposedAsServices() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("language", "go", "services", List.of("api", "worker")),
                Map.of("language", "go.mod", "services", "cmd/*/main.go (package main)"), List.of());
        WizardFlow detectedFlow = new WizardFlow(detected);
        answerUntil(detectedFlow, "services", "tools");

        assertThat(detectedFlow.step().proposal()).isEqualTo(new Proposal(List.of("api", "worker"),
                "detected from cmd/*/main.go (package main)"));
    }

    @Test
    void reservedDetectedServiceIsLeftOut() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("services",
                List.of("2fa", "api", "build-api", "migrate", "worker")),
                Map.of("services", "cmd/*/main.go (package main)"), List.of());
        WizardFlow detectedFlow = new WizardFlow(detected);
        answerUntil(detectedFlow, "services", "tools", "go");

        assertThat(detectedFlow.step().proposal().value()).isEqualTo(List.of("api", "worker"));
    }

    @Test
    void invalidDetectedServicesFallBackToOneService() {
        DetectedAnswers detected = new DetectedAnswers(Map.of("services", List.of("api", "Bad_Name")),
                Map.of("services", "cmd/*/main.go (package main)"), List.of());
        WizardFlow detectedFlow = new WizardFlow(detected);
        answerUntil(detectedFlow, "services", "tools", "go");

        assertThat(detectedFlow.step().proposal()).isEqualTo(new Proposal(List.of("tools"), "default"));
    }

    @Test
    void filesEqualAnswersFileRun() {
        answerUntil("services", "homelab-tools", "go");
        flow.answer("api, worker, webhook");
        flow.answer("");
        flow.answer("");
        flow.answer("subcommand");
        flow.answer("");
        flow.answer("");
        flow.answer("");
        flow.answer("");
        flow.answer("9000");
        answerUntil("migration.database");
        flow.answer("postgres");
        answerUntil("image");
        flow.answer("registry.home.arpa:5000/tools");
        String answersFile = """
                name: homelab-tools
                language: go
                migration:
                  database: postgres
                services:
                  - name: api
                    entrypoint: ./cmd/api
                    port: 8080
                    healthcheck: subcommand
                  - name: worker
                    entrypoint: ./cmd/worker
                  - name: webhook
                    entrypoint: ./cmd/webhook
                    port: 9000
                image: registry.home.arpa:5000/tools
                """;

        List<GeneratedFile> fromWizard = generate(flow.given());
        List<GeneratedFile> fromFile = generate(AnswersReader.read("answers.yaml", answersFile, List.of()));

        assertThat(fromWizard).extracting(GeneratedFile::path).containsExactlyElementsOf(
                fromFile.stream().map(GeneratedFile::path).toList());
        for (int index = 0; index < fromFile.size(); index++) {
            assertThat(fromWizard.get(index).content()).as(fromFile.get(index).path())
                    .isEqualTo(fromFile.get(index).content());
        }
    }

    private static List<GeneratedFile> generate(AnswersReader.Given given) {
        Generation generation = new Scaffolder().generate(given, Map.of());
        return generation.files();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(WizardFlow target) {
        return ((List<Map<String, Object>>) target.answers().get("services")).stream()
                .map(service -> (String) service.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(WizardFlow target, int index) {
        return ((List<Map<String, Object>>) target.answers().get("services")).get(index);
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

    private static List<String> keysAsked(WizardFlow target, String... answers) {
        List<String> keys = new ArrayList<>();
        for (String answer : answers) {
            keys.add(target.step().question().key());
            target.answer(answer);
        }
        while (!target.isComplete()) {
            keys.add(target.step().question().key());
            target.answer("");
        }
        return keys;
    }
}

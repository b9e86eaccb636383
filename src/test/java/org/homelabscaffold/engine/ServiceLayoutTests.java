package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Growing and shrinking the {@code services} list with {@code update --set}, and the messages on the way. */
class ServiceLayoutTests {

    private static final Path GO_SCRATCH = Path.of("examples/go-scratch.yaml");

    private static final List<String> GENERATED = List.of(
            ".homelab-scaffold.yaml", "Dockerfile", ".dockerignore", "compose.yaml", "buildx.sh");

    /** Two services, tools and worker, the tools one named like the project, with port 70000 on line 7. */
    private static final String TWO_SERVICES = """
            name: tools
            language: go
            image: registry.home.arpa:5000/tools
            services:
              - name: tools
                entrypoint: ./cmd/api
                port: 70000
              - name: worker
                entrypoint: ./cmd/worker
            """;

    @TempDir
    Path directory;

    @Test
    void removingSecondServiceRestoresSingleLayout() throws Exception {
        Path project = directory.resolve("s1");
        Path fresh = directory.resolve("fresh");
        run("new", project.toString(), "--answers", GO_SCRATCH.toString());
        run("new", fresh.toString(), "--answers", GO_SCRATCH.toString());
        run("update", project.toString(), "--set", "services.worker.entrypoint=./cmd/worker");

        run("update", project.toString(), "--set", "services.worker=none");

        for (String path : GENERATED) {
            assertThat(Files.readString(project.resolve(path))).as(path)
                    .isEqualTo(Files.readString(fresh.resolve(path)));
        }
    }

    @Test
    void setOnProjectServiceKeepsSingleLayout() throws Exception {
        Path project = directory.resolve("s1");
        run("new", project.toString(), "--answers", GO_SCRATCH.toString());

        run("update", project.toString(), "--set", "services.photos.port=9090");

        String answers = Files.readString(project.resolve(".homelab-scaffold.yaml"));
        assertThat(answers).contains("\nport: 9090\n");
        assertThat(answers).doesNotContain("services:");
    }

    @Test
    void removingOnlyServiceIsRejected() throws Exception {
        Path project = directory.resolve("s1");
        run("new", project.toString(), "--answers", GO_SCRATCH.toString());
        String before = Files.readString(project.resolve("Dockerfile"));

        CliRun removal = CliRun.of("update", project.toString(), "--set", "services.photos=none");

        assertThat(removal.status()).isEqualTo(2);
        assertThat(removal.err()).isEqualTo("error: --set: services.photos: cannot remove 'photos', the only"
                + " service of a single-service project; change its answers with --set entrypoint=..., port=... or"
                + " healthcheck=... instead\n");
        assertThat(Files.readString(project.resolve("Dockerfile"))).isEqualTo(before);
    }

    @Test
    void removingUnknownServiceIsRejected() throws Exception {
        Path project = directory.resolve("g");
        run("new", project.toString(), "--answers", writeAnswers(TWO_SERVICES.replace("70000", "8080")).toString());

        CliRun removal = CliRun.of("update", project.toString(), "--set", "services.jobs=none");

        assertThat(removal.status()).isEqualTo(2);
        assertThat(removal.err()).isEqualTo("error: --set: services.jobs: no service named 'jobs'; the services are"
                + " tools, worker\n");
    }

    @Test
    void wholeServicesListFromSetIsRejected() {
        CliRun run = CliRun.of("new", directory.resolve("g").toString(), "--set", "name=tools", "--set",
                "language=go", "--set", "services=none");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: services: invalid value 'none': the services list takes one"
                + " entry at a time; write --set services.NAME.KEY=VALUE to add or change a service, or --set"
                + " services.NAME=none to remove one\n");
    }

    @Test
    void oneOtherServiceFromSetIsRejected() {
        CliRun run = CliRun.of("new", directory.resolve("g").toString(), "--set", "name=tools", "--set",
                "language=go", "--set", "services.worker.entrypoint=./cmd/worker");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: services: one service takes the service name 'tools'; for"
                + " one service, set entrypoint, port and healthcheck without 'services.'; for several, set"
                + " services.NAME.entrypoint for two or more names\n");
    }

    @Test
    void listOfProjectNameEqualsSingleService() throws Exception {
        String single = "name: tools\nlanguage: go\nentrypoint: ./cmd/api\nport: 8080\n";
        String listed = "name: tools\nlanguage: go\nservices:\n  - name: tools\n    entrypoint: ./cmd/api\n"
                + "    port: 8080\n";
        Path fromSingle = directory.resolve("single");
        Path fromList = directory.resolve("listed");
        run("new", fromSingle.toString(), "--answers", writeAnswers(single).toString());
        Files.writeString(directory.resolve("answers.yaml"), listed);
        run("new", fromList.toString(), "--answers", directory.resolve("answers.yaml").toString());

        for (String path : GENERATED) {
            assertThat(Files.readString(fromList.resolve(path))).as(path)
                    .isEqualTo(Files.readString(fromSingle.resolve(path)));
        }
    }

    @Test
    void secondServiceKeepsProjectImage() throws Exception {
        Path project = directory.resolve("g");
        run("new", project.toString(), "--set", "name=tools", "--set", "language=go", "--set", "entrypoint=./cmd/api",
                "--set", "image=registry.home.arpa:5000/tools");

        run("update", project.toString(), "--set", "services.worker.entrypoint=./cmd/worker");

        ProjectFiles files = new ProjectFiles(project);
        assertThat(files.read("compose.yaml")).contains("    image: registry.home.arpa:5000/tools:latest\n");
        assertThat(files.read("compose.yaml")).contains("    image: registry.home.arpa:5000/tools-worker:latest\n");
        assertThat(files.read("compose.yaml")).doesNotContain("tools-tools");
        assertThat(files.read("buildx.sh")).contains("local -a suffixes=('' '-worker')");
    }

    @Test
    void missingEntrypointOfSetServiceNamesSet() {
        CliRun run = CliRun.of("new", directory.resolve("g").toString(), "--set", "name=tools", "--set",
                "language=go", "--set", "entrypoint=./cmd/api", "--set", "services.worker.port=none");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set: services.worker: missing entrypoint; add --set"
                + " services.worker.entrypoint=./cmd/worker\n");
    }

    @Test
    void setServicePortOverridesInvalidFileValue() throws Exception {
        Path answers = writeAnswers(TWO_SERVICES);
        Path project = directory.resolve("g");

        CliRun run = CliRun.of("new", project.toString(), "--answers", answers.toString(), "--set",
                "services.tools.port=8080");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(project.resolve("compose.yaml"))).contains("- \"8080:8080\"");
    }

    @Test
    void removedServiceTakesItsFileProblems() throws Exception {
        String threeServices = TWO_SERVICES.replace("70000", "8080").replace("port: 8080", "port: 8080\n")
                + "  - name: jobs\n    entrypoint: ./cmd/jobs\n    port: 99999\n";
        Path project = directory.resolve("g");

        CliRun run = CliRun.of("new", project.toString(), "--answers", writeAnswers(threeServices).toString(),
                "--set", "services.jobs=none");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(project.resolve("compose.yaml"))).doesNotContain("jobs");
    }

    @Test
    void invalidFileServicePortNamesLine() throws Exception {
        Path answers = writeAnswers(TWO_SERVICES);

        CliRun run = CliRun.of("new", directory.resolve("g").toString(), "--answers", answers.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + answers + ":7: services.tools.port: invalid value '70000':"
                + " expected a port from 1 to 65535; give the port the service listens on, such as 8080, or none for"
                + " a service without a port\n");
    }

    @Test
    void renameServiceWithSet() throws Exception {
        Path project = directory.resolve("g");
        run("new", project.toString(), "--answers", writeAnswers(TWO_SERVICES.replace("70000", "8080")).toString());

        run("update", project.toString(), "--set", "services.worker.name=jobs");

        ProjectFiles files = new ProjectFiles(project);
        assertThat(files.read(".homelab-scaffold.yaml")).contains("  - name: jobs\n    entrypoint: ./cmd/worker\n");
        assertThat(files.read(".homelab-scaffold.yaml")).doesNotContain("worker\n    entrypoint");
        assertThat(files.read("compose.yaml")).contains("image: registry.home.arpa:5000/tools-jobs:latest");
    }

    @Test
    void renameToUsedNameIsRejected() throws Exception {
        Path project = directory.resolve("g");
        run("new", project.toString(), "--answers", writeAnswers(TWO_SERVICES.replace("70000", "8080")).toString());

        CliRun rename = CliRun.of("update", project.toString(), "--set", "services.worker.name=tools");

        assertThat(rename.status()).isEqualTo(2);
        assertThat(rename.err()).isEqualTo("error: --set: services.tools: the name 'tools' is used twice; give each"
                + " service its own name\n");
    }

    @Test
    void renameOfSingleServiceIsRejected() throws Exception {
        Path project = directory.resolve("s1");
        run("new", project.toString(), "--answers", GO_SCRATCH.toString());

        CliRun rename = CliRun.of("update", project.toString(), "--set", "services.photos.name=api");

        assertThat(rename.status()).isEqualTo(2);
        assertThat(rename.err()).isEqualTo("error: --set: services.photos.name: cannot rename 'photos': the"
                + " project has a single service, which takes the project's name; rename both with --set name=NEW\n");
    }

    private Path writeAnswers(String text) throws Exception {
        return Files.writeString(directory.resolve("answers.yaml"), text);
    }

    private static void run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }
}

package org.homelabscaffold.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.DockerfileStructure;
import org.homelabscaffold.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiServiceTests {

    private static final Path GO_THREE = Path.of("src/test/resources/scenarios/go-three-services/answers.yaml");

    @TempDir
    Path directory;

    @Test
    void eachServiceHasItsOwnTargetAndCompileStage() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        assertThat(dockerfile.stages().keySet()).containsExactly("deps", "build-api", "build-worker",
                "build-webhook", "runtime-base", "migrate", "api", "worker", "webhook", "runtime");
        for (String service : List.of("api", "worker", "webhook")) {
            assertThat(dockerfile.stages().get("build-" + service).from()).isEqualTo("deps");
            assertThat(dockerfile.stages().get(service).withKeyword("COPY"))
                    .containsExactly("COPY --from=build-" + service + " /out/" + service + " /usr/local/bin/" + service);
        }
    }

    @Test
    void dependencyDownloadRunsOnceInSharedStage() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        long downloads = dockerfile.stages().values().stream()
                .flatMap(stage -> stage.instructions().stream())
                .filter(instruction -> instruction.contains("go mod download"))
                .count();

        assertThat(downloads).isEqualTo(1);
        assertThat(dockerfile.stages().get("deps").withKeyword("RUN")).anyMatch(run -> run.contains("go mod download"));
    }

    @Test
    void lastStageFollowsServiceArgument() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        assertThat(dockerfile.lastStage().name()).isEqualTo("runtime");
        assertThat(dockerfile.lastStage().from()).isEqualTo("${SERVICE:-api}");
        assertThat(dockerfile.globalArgs()).contains("ARG SERVICE");
    }

    @Test
    void serviceArgumentHasNoDefault() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        // buildah 1.28 ignores ARG defaults when it picks the stages to build, so the default
        // must stay in the FROM line.
        assertThat(dockerfile.globalArgs()).noneMatch(arg -> arg.startsWith("ARG SERVICE="));
    }

    @Test
    void plainBuildYieldsFirstService() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        List<String> chain = dockerfile.chain("runtime").stream().map(DockerfileStructure.Stage::name).toList();

        assertThat(chain).containsExactly("runtime", "api", "runtime-base");
    }

    @Test
    void migrateCopiesOnlyBinaryItsCommandRuns() throws Exception {
        DockerfileStructure dockerfile = generateGo();

        assertThat(dockerfile.stages().get("migrate").withKeyword("COPY"))
                .containsExactly("COPY --from=build-api /out/api /usr/local/bin/api");
    }

    @Test
    void migrateCopiesBinariesCommandNames() throws Exception {
        DockerfileStructure dockerfile = generateGoWithMigration(
                "[/usr/local/bin/worker, migrate, --then, /usr/local/bin/webhook]");

        assertThat(dockerfile.stages().get("migrate").withKeyword("COPY")).containsExactly(
                "COPY --from=build-worker /out/worker /usr/local/bin/worker",
                "COPY --from=build-webhook /out/webhook /usr/local/bin/webhook");
    }

    @Test
    void migrateCopiesEveryBinaryForShellCommand() throws Exception {
        DockerfileStructure dockerfile = generateGoWithMigration("[sh, -c, \"api migrate && worker migrate\"]");

        assertThat(dockerfile.stages().get("migrate").withKeyword("COPY")).containsExactly(
                "COPY --from=build-api /out/api /usr/local/bin/api",
                "COPY --from=build-worker /out/worker /usr/local/bin/worker",
                "COPY --from=build-webhook /out/webhook /usr/local/bin/webhook");
    }

    @Test
    void composeGatesEveryServiceOnMigration() throws Exception {
        generateGo();

        Map<?, ?> compose = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readValue(directory.resolve("compose.yaml").toFile(), Map.class);
        Map<?, ?> services = (Map<?, ?>) compose.get("services");

        assertThat(services.keySet().stream().map(String::valueOf).toList())
                .containsExactly("db", "migrate", "api", "worker", "webhook");
        for (String service : List.of("api", "worker", "webhook")) {
            Map<?, ?> definition = (Map<?, ?>) services.get(service);
            assertThat(definition.get("depends_on")).as(service)
                    .isEqualTo(Map.of("migrate", Map.of("condition", "service_completed_successfully")));
            assertThat(definition.get("image")).isEqualTo("registry.home.arpa:5000/tools-" + service + ":latest");
            assertThat(definition.get("read_only")).isEqualTo(true);
        }
    }

    @Test
    void buildxScriptBuildsEveryTarget() throws Exception {
        generateGo();

        String script = Files.readString(directory.resolve("buildx.sh"));

        assertThat(script).contains("local -a stages=('migrate' 'api' 'worker' 'webhook')");
        assertThat(script).contains("local -a suffixes=('-migrate' '-api' '-worker' '-webhook')");
    }

    @Test
    void singleServiceGrowsSecondOneWithSet() throws Exception {
        CliRun first = CliRun.of("new", directory.toString(), "--set", "name=tools", "--set", "language=go",
                "--set", "entrypoint=./cmd/api");
        assertThat(first.status()).as(first.err()).isZero();

        CliRun grown = CliRun.of("update", directory.toString(), "--set", "services.worker.entrypoint=./cmd/worker");

        assertThat(grown.status()).as(grown.err()).isZero();
        assertThat(grown.err()).doesNotContain("ignored");
        DockerfileStructure dockerfile = DockerfileStructure.parse(Files.readString(directory.resolve("Dockerfile")));
        assertThat(dockerfile.stages()).containsKeys("tools", "worker", "build-tools", "build-worker");
        assertThat(dockerfile.stages().get("build-tools").instructions())
                .anyMatch(line -> line.endsWith("-o /out/tools ./cmd/api"));
        assertThat(Files.readString(directory.resolve(".homelab-scaffold.yaml")))
                .contains("services:\n  - name: tools\n    entrypoint: ./cmd/api\n    port: 8080\n");
    }

    @Test
    void composeFilePassesDockerComposeConfig() throws Exception {
        ExternalTool.require("docker-compose");
        generateGo();

        ExternalTool.Result result = ExternalTool.run(directory, Map.of("POSTGRES_PASSWORD", "example"),
                List.of("docker-compose", "-f", "compose.yaml", "config", "-q"));

        assertThat(result.status()).as(result.output()).isZero();
    }

    private DockerfileStructure generateGo() throws Exception {
        return generate(GO_THREE, directory);
    }

    /** Generates the three Go services on alpine, which has a shell, with {@code command} as the migration. */
    private DockerfileStructure generateGoWithMigration(String command) throws Exception {
        String answers = Files.readString(GO_THREE)
                .replace("base: scratch\n", "base: alpine\n")
                .replace("  database: postgres\n", "  database: postgres\n  command: " + command + "\n");
        Path file = Files.writeString(directory.resolve("answers.yaml"), answers);
        return generate(file, directory.resolve("project"));
    }

    private DockerfileStructure generate(Path answers, Path output) throws Exception {
        CliRun run = CliRun.of("new", output.toString(), "--answers", answers.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return DockerfileStructure.parse(Files.readString(output.resolve("Dockerfile")));
    }
}

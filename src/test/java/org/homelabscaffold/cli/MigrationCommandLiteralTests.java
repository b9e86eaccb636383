package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.syntax.YamlQuoting;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.DockerfileStructure;
import org.homelabscaffold.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration command arguments may hold quotes, {@code $}, backticks and braces; they must reach the
 * container as the same literal words, never run through a shell or a template.
 */
class MigrationCommandLiteralTests {

    static final List<String> HOSTILE = List.of(
            "sh", "-c", "echo \"$(id)\" '}}' ${HOME} `uname` \\ ; rm -rf /", "{{name}}", "--flag=a b",
            "$$", "ünïcode", "#not-a-comment", "'single'");

    @TempDir
    Path directory;

    @Test
    void dockerfileRunsHostileArgumentsLiterally() throws Exception {
        Path output = generate("app");

        DockerfileStructure dockerfile = DockerfileStructure.parse(Files.readString(output.resolve("Dockerfile")));
        String entrypoint = dockerfile.stages().get("migrate").withKeyword("ENTRYPOINT").get(0);

        assertThat(parseExecForm(entrypoint)).isEqualTo(HOSTILE);
    }

    @Test
    void sidecarPassesHostileArgumentsToItsEntrypoint() throws Exception {
        Path output = generate("migration-sidecar");

        DockerfileStructure dockerfile = DockerfileStructure.parse(Files.readString(output.resolve("Dockerfile")));
        DockerfileStructure.Stage runtime = dockerfile.lastStage();

        assertThat(parseExecForm(runtime.withKeyword("ENTRYPOINT").get(0))).containsExactly("/usr/local/bin/svc");
        assertThat(parseExecForm(runtime.withKeyword("CMD").get(0))).isEqualTo(HOSTILE);
    }

    @Test
    void answersFileRecordsHostileArgumentsExactly() throws Exception {
        Path output = generate("app");

        Map<?, ?> recorded = new YAMLMapper().readValue(output.resolve(".homelab-scaffold.yaml").toFile(), Map.class);

        assertThat(((Map<?, ?>) recorded.get("migration")).get("command")).isEqualTo(HOSTILE);
    }

    @Test
    void rerunFromRecordedAnswersIsByteIdentical() throws Exception {
        Path first = generate("app");
        Path second = directory.resolve("second");

        CliRun run = CliRun.of("new", second.toString(), "--answers", first.resolve(".homelab-scaffold.yaml").toString());

        assertThat(run.status()).as(run.err()).isZero();
        for (String file : List.of("Dockerfile", ".dockerignore", "compose.yaml", "buildx.sh", ".homelab-scaffold.yaml")) {
            assertThat(Files.readString(second.resolve(file))).as(file).isEqualTo(Files.readString(first.resolve(file)));
        }
    }

    @Test
    void composeFileStaysValidWithHostileArguments() throws Exception {
        ExternalTool.require("docker-compose");
        Path output = generate("app");

        ExternalTool.Result result = ExternalTool.run(output, Map.of("POSTGRES_PASSWORD", "example"),
                List.of("docker-compose", "-f", "compose.yaml", "config", "-q"));

        assertThat(result.status()).as(result.output()).isZero();
    }

    private Path generate(String role) throws Exception {
        String yaml = "name: svc\nlanguage: go\nrole: " + role + "\nmigration:\n  database: postgres\n  command: ["
                + String.join(", ", HOSTILE.stream().map(YamlQuoting::doubleQuoted).toList()) + "]\n";
        Path answers = directory.resolve(role + ".yaml");
        Files.writeString(answers, yaml);
        Path output = directory.resolve(role);
        CliRun run = CliRun.of("new", output.toString(), "--answers", answers.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return output;
    }

    private static List<String> parseExecForm(String instruction) throws Exception {
        String json = instruction.substring(instruction.indexOf(' ') + 1);
        return List.of(new ObjectMapper().readValue(json, String[].class));
    }
}

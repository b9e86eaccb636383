package org.homelabscaffold.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header comments of the generated files, which must describe only what the answers generate. */
class GeneratedHeaderTests {

    @TempDir
    Path directory;

    @Test
    void servicesWithoutMigrationMentionNoRunner() throws Exception {
        Path output = generate("name: tools\nlanguage: go\nservices:\n  - name: api\n    entrypoint: ./cmd/api\n"
                + "  - name: worker\n    entrypoint: ./cmd/worker\n");

        String buildx = Files.readString(output.resolve("buildx.sh"));

        assertThat(buildx).contains("# Builds the images of the tools services for several platforms");
        assertThat(buildx).doesNotContain("migration runner");
        assertThat(buildx).contains("targets are pushed as api to IMAGE-api, worker to IMAGE-worker");
    }

    @Test
    void sidecarHeadersNameNoApp() throws Exception {
        Path output = generate("name: migrator\nlanguage: go\nrole: migration-sidecar\nmigration:\n"
                + "  database: postgres\n  command: [./migrate, up]\n");

        String dockerfile = Files.readString(output.resolve("Dockerfile"));
        String compose = Files.readString(output.resolve("compose.yaml"));

        assertThat(dockerfile).contains("Build the migration runner with `docker build .`");
        assertThat(dockerfile).doesNotContain("Build the app");
        assertThat(compose).doesNotContain("keeps the app down");
    }

    private Path generate(String answers) throws Exception {
        Path file = directory.resolve("answers.yaml");
        Files.writeString(file, answers);
        Path output = directory.resolve("out");
        CliRun run = CliRun.of("new", output.toString(), "--answers", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return output;
    }
}

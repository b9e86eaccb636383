package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection output of new on a Go project with two main packages, with and without answers that replace them. */
class DetectionReportTests {

    private static final String CHOSEN_NOTE = "note: Found several main packages under cmd/ (api, worker) and chose"
            + " ./cmd/api";

    @TempDir
    Path directory;

    private Path project;

    @BeforeEach
    void createGoProject() throws IOException {
        project = Files.createDirectories(directory.resolve("shop"));
        Files.writeString(project.resolve("go.mod"), "module example.com/shop\n\ngo 1.23\n");
        for (String command : new String[] {"api", "worker"}) {
            Path folder = Files.createDirectories(project.resolve("cmd").resolve(command));
            Files.writeString(folder.resolve("main.go"), "package main\n\nfunc main() {}\n");
        }
    }

    @Test
    void detectedEntrypointIsReported() {
        CliRun run = CliRun.of("new", project.toString(), "--set", "name=shop", "--dry-run");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("detected entrypoint: ./cmd/api");
        assertThat(run.err()).contains(CHOSEN_NOTE);
    }

    @Test
    void explicitEntrypointHidesEntrypointNotes() {
        CliRun run = CliRun.of("new", project.toString(), "--set", "name=shop", "--set", "entrypoint=./cmd/worker",
                "--dry-run");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("detected entrypoint");
        assertThat(run.err()).doesNotContain("Found several main packages");
        assertThat(run.err()).contains("detected language: go");
    }

    @Test
    void servicesListHidesEntrypointNotes() throws IOException {
        Path answers = directory.resolve("answers.yaml");
        Files.writeString(answers, "name: shop\nlanguage: go\nservices:\n  - name: api\n    entrypoint: ./cmd/api\n"
                + "  - name: worker\n    entrypoint: ./cmd/worker\n");

        CliRun run = CliRun.of("new", project.toString(), "--answers", answers.toString(), "--dry-run");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("detected entrypoint");
        assertThat(run.err()).doesNotContain("Found several main packages");
    }
}

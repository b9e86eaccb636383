package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.FolderSnapshot;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects with files homelab-scaffold did not write: they stay the user's until the user says otherwise. */
class ProjectAdoptionTests {

    private static final String OWN_DOCKERFILE = "FROM python:3.13-slim\nCOPY . /app\nCMD [\"python\", \"/app/app.py\"]\n";

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void createProjectWithOwnDockerfile() throws Exception {
        project = new ProjectFiles(temporary.resolve("photos"));
        Files.createDirectories(project.directory());
        project.write("Dockerfile", OWN_DOCKERFILE);
    }

    @Test
    void newKeepsExistingDockerfile() {
        CliRun run = project.generate(ProjectFiles.PYTHON_ANSWERS);

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.read("Dockerfile")).isEqualTo(OWN_DOCKERFILE);
        assertThat(run.err()).contains("kept Dockerfile: it exists with other content; run 'homelab-scaffold update "
                + project.directory() + " --dry-run' to see the difference");
        assertThat(project.read(".homelab-scaffold/state.properties")).contains("\nnotWritten=Dockerfile\n");
    }

    @Test
    void newRecordsBaseOfEveryGeneratedFile() {
        project.generate(ProjectFiles.PYTHON_ANSWERS);

        for (String file : new String[] {".dockerignore", ".homelab-scaffold.yaml", "buildx.sh", "compose.yaml"}) {
            assertThat(project.read(".homelab-scaffold/base/" + file)).as(file).isEqualTo(project.read(file));
        }
        assertThat(project.read(".homelab-scaffold/base/Dockerfile")).startsWith("# syntax=docker/dockerfile:1\n");
    }

    @Test
    void updateKeepsDockerfileNotWrittenByTool() {
        project.generate(ProjectFiles.PYTHON_ANSWERS);

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.read("Dockerfile")).isEqualTo(OWN_DOCKERFILE);
        assertThat(run.err()).contains("kept Dockerfile: homelab-scaffold did not write it, so it is yours");
        assertThat(run.err()).contains("run 'homelab-scaffold update " + project.directory() + " --dry-run'");
    }

    @Test
    void dryRunShowsDifferenceToOwnFile() {
        project.generate(ProjectFiles.PYTHON_ANSWERS);

        CliRun run = project.update("--dry-run");

        assertThat(run.out()).contains("kept (your file)  " + project.directory().resolve("Dockerfile"));
        assertThat(run.out()).contains("--- a/Dockerfile\n+++ b/Dockerfile\n");
        assertThat(run.out()).contains("-FROM python:3.13-slim\n");
    }

    @Test
    void restoreReplacesOwnFile() {
        project.generate(ProjectFiles.PYTHON_ANSWERS);

        CliRun run = project.update("--restore", "Dockerfile");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.read("Dockerfile")).isEqualTo(project.read(".homelab-scaffold/base/Dockerfile"));
        assertThat(project.read(".homelab-scaffold/state.properties")).contains("\nnotWritten=\n");
    }

    @Test
    void secondNewPointsToUpdate() {
        project.generate(ProjectFiles.PYTHON_ANSWERS);
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        CliRun run = project.generate(ProjectFiles.PYTHON_ANSWERS.replace("8080", "9090"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + project.directory() + " was generated before (it has"
                + " .homelab-scaffold.yaml): run 'homelab-scaffold update " + project.directory() + "', with --set"
                + " KEY=VALUE to change answers, to keep your edits; or pass --force to generate afresh\n");
        assertThat(project.read("compose.yaml")).contains("\"8080:8080\"", "\"/tmp:size=128m,mode=1777\"");
    }

    @Test
    void updateWithoutStateAdoptsIdenticalFiles() throws Exception {
        project.generate(ProjectFiles.PYTHON_ANSWERS);
        deleteStateFolder();
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        CliRun run = project.update();

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(run.err()).contains("note: no record of earlier runs in " + project.directory()
                + ", so the files equal to what .homelab-scaffold.yaml generates count as generated");
        assertThat(project.read("compose.yaml")).contains("\"/tmp:size=128m,mode=1777\"");
        assertThat(project.read(".homelab-scaffold/state.properties"))
                .contains("\nwritten=.dockerignore,.homelab-scaffold.yaml,buildx.sh\n")
                .contains("\nnotWritten=Dockerfile,compose.yaml\n");
    }

    @Test
    void updateWithoutStateChangesNoProjectFile() throws Exception {
        project.generate(ProjectFiles.PYTHON_ANSWERS);
        deleteStateFolder();
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");
        Map<String, String> before = FolderSnapshot.of(project.directory());

        project.update();

        Map<String, String> after = FolderSnapshot.of(project.directory());
        after.keySet().removeIf(path -> path.startsWith(".homelab-scaffold/"));
        assertThat(after).isEqualTo(before);
    }

    private void deleteStateFolder() throws Exception {
        try (Stream<Path> paths = Files.walk(project.directory().resolve(".homelab-scaffold"))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

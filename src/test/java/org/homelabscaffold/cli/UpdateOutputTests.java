package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.FolderSnapshot;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code update} prints: the dry-run plan, JSON, and errors before anything is planned. */
class UpdateOutputTests {

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void generateProject() {
        project = ProjectFiles.generatePython(temporary.resolve("photos"));
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");
        project.replace(".dockerignore", "\n.git\n", "\n.git\nphotos-cache/\n");
        project.delete("buildx.sh");
    }

    @Test
    void dryRunWritesNothing() {
        Map<String, String> before = FolderSnapshot.of(project.directory());

        CliRun run = project.update("--set", "port=9090", "--dry-run");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(FolderSnapshot.of(project.directory())).isEqualTo(before);
    }

    @Test
    void dryRunListsEveryFileWithOutcome() {
        CliRun run = project.update("--set", "port=9090", "--dry-run");

        Path folder = project.directory();
        assertThat(run.out()).startsWith(String.join("\n",
                "kept (user edit)  " + folder.resolve(".dockerignore"),
                "updated           " + folder.resolve(".homelab-scaffold.yaml"),
                "updated           " + folder.resolve("Dockerfile"),
                "kept deleted      " + folder.resolve("buildx.sh"),
                "merged cleanly    " + folder.resolve("compose.yaml"),
                ""));
    }

    @Test
    void dryRunShowsUnifiedDiffs() {
        CliRun run = project.update("--set", "port=9090", "--dry-run");

        assertThat(run.out()).contains("--- a/Dockerfile\n+++ b/Dockerfile\n");
        assertThat(run.out()).contains("-EXPOSE 8080\n+EXPOSE 9090\n");
        assertThat(run.out()).contains("--- a/compose.yaml\n+++ b/compose.yaml\n");
        assertThat(run.out()).doesNotContain("--- a/.dockerignore");
    }

    @Test
    void dryRunReportsConflictStatus() {
        project.replace("compose.yaml", "- \"8080:8080\"", "- \"127.0.0.1:8080:8080\"");
        Map<String, String> before = FolderSnapshot.of(project.directory());

        CliRun run = project.update("--set", "port=9090", "--dry-run");

        assertThat(run.status()).isEqualTo(ExitStatus.CONFLICT.code());
        assertThat(run.out()).contains("conflict          " + project.directory().resolve("compose.yaml"));
        assertThat(FolderSnapshot.of(project.directory())).isEqualTo(before);
    }

    @Test
    void jsonListsEveryFile() throws Exception {
        CliRun run = project.update("--set", "port=9090", "--dry-run", "--json");

        JsonNode plan = new ObjectMapper().readTree(run.out());
        List<String> files = new ArrayList<>();
        plan.get("files").forEach(file -> files.add(file.get("path").asText() + " " + file.get("outcome").asText()));
        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("exitStatus").asInt()).isZero();
        assertThat(files).containsExactly(".dockerignore kept-edited", ".homelab-scaffold.yaml updated",
                "Dockerfile updated", "buildx.sh kept-deleted", "compose.yaml merged");
        assertThat(plan.get("files").get(2).get("diff").asText()).contains("+EXPOSE 9090\n");
    }

    @Test
    void jsonWithoutDryRunReportsWhatWasWritten() throws Exception {
        CliRun run = project.update("--set", "port=9090", "--json");

        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(plan.get("dryRun").asBoolean()).isFalse();
        assertThat(plan.get("files").get(2).get("written").asBoolean()).isTrue();
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
    }

    @Test
    void folderAsGeneratedFileFails() throws Exception {
        project.delete("Dockerfile");
        Files.createDirectory(project.directory().resolve("Dockerfile"));

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(run.err()).startsWith("error: " + project.directory().resolve("Dockerfile")
                + " exists but is not a regular file (a folder or a symbolic link); move it away and run update again");
        assertThat(project.read("compose.yaml")).contains("\"8080:8080\"");
    }

    @Test
    void missingAnswersFileAsksForNew() {
        Path empty = temporary.resolve("empty");

        CliRun run = CliRun.of("update", empty.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID.code());
        assertThat(run.err()).isEqualTo("error: " + empty.resolve(".homelab-scaffold.yaml")
                + " not found: run 'homelab-scaffold new " + empty + "' first, or pass --answers FILE\n");
        assertThat(run.out()).isEmpty();
    }
}

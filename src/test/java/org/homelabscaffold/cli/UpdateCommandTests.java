package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.homelabscaffold.testing.CliRun;
import org.homelabscaffold.testing.FolderSnapshot;
import org.homelabscaffold.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code update} on a generated project: every state a generated file can be in. */
class UpdateCommandTests {

    /** The conflict a port change leaves in compose.yaml next to a user's edit of the same line. */
    private static final String PORT_CONFLICT = """
            <<<<<<< your version
                  - "127.0.0.1:8080:8080"
            ||||||| last generated
                  - "8080:8080"
            =======
                  - "9090:9090"
            >>>>>>> new generated
            """;

    @TempDir
    Path temporary;

    private ProjectFiles project;

    @BeforeEach
    void generateProject() {
        project = ProjectFiles.generatePython(temporary.resolve("photos"));
    }

    @Test
    void uneditedFilesTakeNewAnswer() {
        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("updated " + project.directory().resolve("Dockerfile"));
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
        assertThat(project.read("compose.yaml")).contains("\"9090:9090\"");
        assertThat(project.read(".homelab-scaffold.yaml")).contains("port: 9090");
    }

    @Test
    void lostStateFolderIsRebuiltFromAnswers() throws Exception {
        deleteRecursively(project.directory().resolve(".homelab-scaffold"));

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
        assertThat(project.read("compose.yaml")).contains("\"9090:9090\"");
    }

    @Test
    void lostBaseCopyIsMergedNotKept() throws Exception {
        java.nio.file.Files.delete(project.directory().resolve(".homelab-scaffold/base/Dockerfile"));

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    @Test
    void editedFileKeptWhenRenderUnchanged() {
        project.replace(".dockerignore", "\n.git\n", "\n.git\nphotos-cache/\n");

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(project.read(".dockerignore")).contains("photos-cache/");
        assertThat(run.out()).doesNotContain(".dockerignore");
    }

    @Test
    void composeEditMergedWithPortChange() {
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        CliRun run = project.update("--set", "port=9090");

        String compose = project.read("compose.yaml");
        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("merged cleanly " + project.directory().resolve("compose.yaml"));
        assertThat(compose).contains("\"/tmp:size=128m,mode=1777\"");
        assertThat(compose).contains("\"9090:9090\"");
        assertThat(compose).doesNotContain("<<<<<<<");
    }

    @Test
    void composeEditMergedWithAddedMigration() {
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");

        CliRun run = project.update("--set", "migration.database=postgres");

        String compose = project.read("compose.yaml");
        assertThat(run.status()).as("exit status, stderr: %s", run.err()).isZero();
        assertThat(compose).contains("\"/tmp:size=128m,mode=1777\"");
        assertThat(compose).contains("condition: service_completed_successfully");
        assertThat(compose).contains("image: postgres:");
        assertThat(compose).doesNotContain("<<<<<<<");
    }

    @Test
    void sameLineChangedOnBothSidesIsConflict() {
        project.replace("compose.yaml", "- \"8080:8080\"", "- \"127.0.0.1:8080:8080\"");

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).isEqualTo(ExitStatus.CONFLICT.code());
        assertThat(run.err()).contains("conflict in compose.yaml");
        assertThat(project.read("compose.yaml")).contains(PORT_CONFLICT);
        assertThat(project.read("Dockerfile")).contains("EXPOSE 9090");
    }

    @Test
    void conflictStaysUntilResolved() {
        project.replace("compose.yaml", "- \"8080:8080\"", "- \"127.0.0.1:8080:8080\"");
        project.update("--set", "port=9090");

        CliRun unresolved = project.update();
        project.replace("compose.yaml", PORT_CONFLICT, "      - \"127.0.0.1:9090:9090\"\n");
        CliRun resolved = project.update();

        assertThat(unresolved.status()).isEqualTo(ExitStatus.CONFLICT.code());
        assertThat(unresolved.err()).contains("compose.yaml: it still has conflict markers");
        assertThat(unresolved.out()).contains("resolve the conflict markers first");
        assertThat(unresolved.out()).doesNotContain("nothing to update");
        assertThat(resolved.status()).as("stderr: %s", resolved.err()).isZero();
        assertThat(project.read("compose.yaml")).contains("\"127.0.0.1:9090:9090\"");
    }

    @Test
    void baseRecordsNewRenderAfterConflict() {
        project.replace("compose.yaml", "- \"8080:8080\"", "- \"127.0.0.1:8080:8080\"");

        project.update("--set", "port=9090");

        assertThat(project.read(".homelab-scaffold/base/compose.yaml")).contains("\"9090:9090\"");
        assertThat(project.read(".homelab-scaffold/base/compose.yaml")).doesNotContain("<<<<<<<");
    }

    @Test
    void deletedFileStaysDeleted() {
        project.delete("buildx.sh");

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.exists("buildx.sh")).isFalse();
        assertThat(run.err()).contains("kept deleted buildx.sh");
        assertThat(run.err()).contains("--restore buildx.sh");
        assertThat(project.read(".homelab-scaffold/state.properties")).contains("\ndeleted=buildx.sh\n");
    }

    @Test
    void restoreBringsDeletedFileBack() {
        project.delete("buildx.sh");
        project.update();

        CliRun run = project.update("--restore", "buildx.sh");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("restored " + project.directory().resolve("buildx.sh"));
        assertThat(project.read("buildx.sh")).isEqualTo(project.read(".homelab-scaffold/base/buildx.sh"));
        assertThat(project.directory().resolve("buildx.sh")).isExecutable();
        assertThat(project.read(".homelab-scaffold/state.properties")).contains("\ndeleted=\n");
    }

    @Test
    void restoreRejectsFileNotGenerated() {
        CliRun run = project.update("--restore", "README.md");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID.code());
        assertThat(run.err()).isEqualTo("error: --restore README.md: not a generated file; generated files:"
                + " Dockerfile, .dockerignore, compose.yaml, buildx.sh, .homelab-scaffold.yaml\n");
    }

    @Test
    void secondUpdateChangesNothing() {
        project.replace("compose.yaml", "\"/tmp:size=64m,mode=1777\"", "\"/tmp:size=128m,mode=1777\"");
        project.update("--set", "port=9090");
        Map<String, String> before = FolderSnapshot.of(project.directory());

        CliRun run = project.update();

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).startsWith("nothing to update");
        assertThat(FolderSnapshot.of(project.directory())).isEqualTo(before);
    }

    @Test
    void answersFileEditAppliesAndKeepsComment() {
        project.replace(".homelab-scaffold.yaml", "port: 8080\n", "# the reverse proxy expects 9090\nport: 9090\n");

        CliRun run = project.update();

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.read("compose.yaml")).contains("\"9090:9090\"");
        assertThat(project.read(".homelab-scaffold.yaml")).contains("# the reverse proxy expects 9090\nport: 9090\n");
    }

    @Test
    void setOverridesEditedAnswersFile() {
        project.replace(".homelab-scaffold.yaml", "port: 8080\n", "port: 9000\n");

        CliRun run = project.update("--set", "port=9090");

        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
        assertThat(project.read(".homelab-scaffold.yaml")).contains("port: 9090\n");
        assertThat(project.read(".homelab-scaffold.yaml")).doesNotContain("<<<<<<<");
    }

    @Test
    void invalidAnswerChangesNothing() {
        Map<String, String> before = FolderSnapshot.of(project.directory());

        CliRun run = project.update("--set", "port=99999");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID.code());
        assertThat(run.err()).startsWith("error: --set: port: ");
        assertThat(FolderSnapshot.of(project.directory())).isEqualTo(before);
    }

    @Test
    void invalidStateFileIsReported() {
        project.write(".homelab-scaffold/state.properties", "format=9\n");

        CliRun run = project.update();

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID.code());
        assertThat(run.err()).contains("state.properties: has format 9, but this homelab-scaffold reads format 1");
    }
}

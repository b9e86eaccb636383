package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.homelabscaffold.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTests {

    private static final String[] ANSWERS = {"--set", "name=web", "--set", "language=node"};

    @TempDir
    Path directory;

    @Test
    void helpListsExitStatuses() {
        CliRun run = CliRun.of("new", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--answers=FILE", "--set=KEY=VALUE", "--dry-run", "--force");
        assertThat(run.out()).contains("2   invalid answers, a combination that cannot work, or a usage error");
    }

    @Test
    void versionPrintsProductName() {
        CliRun run = CliRun.of("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("homelab-scaffold ");
    }

    @Test
    void missingAnswersPointsToAnswersOption() {
        CliRun run = CliRun.of("new", directory.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no answers given, and standard input and output are not both a terminal to ask on:"
                + " pass --answers FILE (examples/ has samples) or --set KEY=VALUE\n");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void newWritesFilesAndListsThem() {
        CliRun run = CliRun.of(args("new", directory.toString()));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("new " + directory.resolve("Dockerfile"), "new " + directory.resolve("buildx.sh"));
        assertThat(directory.resolve("compose.yaml")).exists();
    }

    @Test
    void forcedSecondRunReportsFilesUnchanged() {
        CliRun.of(args("new", directory.toString()));

        CliRun run = CliRun.of(args("new", directory.toString(), "--force"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("unchanged " + directory.resolve("Dockerfile"));
    }

    @Test
    void existingDifferentFileIsKept() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "FROM scratch\n");

        CliRun run = CliRun.of(args("new", directory.toString()));

        assertThat(run.status()).isZero();
        assertThat(Files.readString(directory.resolve("Dockerfile"))).isEqualTo("FROM scratch\n");
        assertThat(run.err()).contains("kept Dockerfile: it exists with other content; run 'homelab-scaffold update "
                + directory + " --dry-run' to see the difference, or 'homelab-scaffold update " + directory
                + " --restore Dockerfile' to replace it");
        assertThat(directory.resolve("compose.yaml")).exists();
    }

    @Test
    void keptFileAdviceCommandsWork() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "FROM scratch\n");
        CliRun.of(args("new", directory.toString()));

        CliRun preview = CliRun.of("update", directory.toString(), "--dry-run");
        CliRun restore = CliRun.of("update", directory.toString(), "--restore", "Dockerfile");

        assertThat(preview.status()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("-FROM scratch");
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(Files.readString(directory.resolve("Dockerfile"))).startsWith("# syntax=docker/dockerfile:1");
    }

    @Test
    void keptFileAdviceQuotesFolderWithSpace() throws Exception {
        Path spaced = Files.createDirectory(directory.resolve("my project"));
        Files.writeString(spaced.resolve("Dockerfile"), "FROM scratch\n");

        CliRun run = CliRun.of(args("new", spaced.toString()));

        assertThat(run.err()).contains("homelab-scaffold update '" + spaced + "' --dry-run");
        assertThat(run.err()).contains("homelab-scaffold update '" + spaced + "' --restore Dockerfile");
    }

    @Test
    void dryRunKeptFileAdviceNamesForce() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "FROM scratch\n");

        CliRun run = CliRun.of(args("new", directory.toString(), "--dry-run"));

        assertThat(run.err()).contains("kept Dockerfile: it exists with other content; add --force to replace it");
    }

    @Test
    void forceReplacesExistingFile() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "FROM scratch\n");

        CliRun run = CliRun.of(args("new", directory.toString(), "--force"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("replaced " + directory.resolve("Dockerfile"));
        assertThat(Files.readString(directory.resolve("Dockerfile"))).startsWith("# syntax=docker/dockerfile:1");
    }

    @Test
    void dryRunPrintsDiffsAndWritesNothing() throws Exception {
        Files.writeString(directory.resolve("Dockerfile"), "FROM scratch\n");

        CliRun run = CliRun.of(args("new", directory.toString(), "--dry-run"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--- a/Dockerfile", "+++ b/Dockerfile", "-FROM scratch", "--- /dev/null",
                "+++ b/compose.yaml");
        assertThat(Files.readString(directory.resolve("Dockerfile"))).isEqualTo("FROM scratch\n");
        assertThat(directory.resolve("compose.yaml")).doesNotExist();
    }

    @Test
    void folderInPlaceOfFileFailsWithoutWriting() throws Exception {
        Files.createDirectories(directory.resolve("compose.yaml"));

        CliRun run = CliRun.of(args("new", directory.toString()));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("compose.yaml exists but is not a regular file");
        assertThat(directory.resolve("Dockerfile")).doesNotExist();
    }

    @Test
    void oversizedAnswersFileIsRejected() throws Exception {
        Path answers = directory.resolve("big.yaml");
        Files.writeString(answers, "# " + "x".repeat(1024 * 1024) + "\n");

        CliRun run = CliRun.of("new", directory.resolve("out").toString(), "--answers", answers.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + answers + ": is larger than 1 MiB, which no answers file needs;"
                + " check the path\n");
    }

    @Test
    void lostExecutableBitIsRestored() throws Exception {
        CliRun.of(args("new", directory.toString()));
        Files.setPosixFilePermissions(directory.resolve("buildx.sh"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of(args("new", directory.toString(), "--force"));

        assertThat(run.out()).contains("replaced " + directory.resolve("buildx.sh"));
        assertThat(Files.getPosixFilePermissions(directory.resolve("buildx.sh")))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void symbolicLinkInPlaceOfFileIsNotFollowed() throws Exception {
        Path elsewhere = Files.writeString(directory.resolve("elsewhere.txt"), "secret\n");
        Path project = directory.resolve("project");
        Files.createDirectories(project);
        Files.createSymbolicLink(project.resolve("compose.yaml"), elsewhere);

        CliRun run = CliRun.of(args("new", project.toString(), "--dry-run"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("secret");
        assertThat(run.err()).contains("compose.yaml exists but is not a regular file (a folder or a symbolic link)");
        assertThat(Files.readString(elsewhere)).isEqualTo("secret\n");
    }

    @Test
    void unknownCommandIsUsageError() {
        CliRun run = CliRun.of("nwe");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Unmatched argument at index 0: 'nwe'\n"
                + "Run 'homelab-scaffold --help' for usage.\n");
    }

    private static String[] args(String... leading) {
        String[] all = new String[leading.length + ANSWERS.length];
        System.arraycopy(leading, 0, all, 0, leading.length);
        System.arraycopy(ANSWERS, 0, all, leading.length, ANSWERS.length);
        return all;
    }
}

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script from a scratch checkout whose java and mvnw are stand-ins, so these
 * tests check the script's own messages without building or starting the product.
 */
@Timeout(60)
class LauncherTests {

    private static final String FAKE_JAVA = "#!/bin/sh\necho \"java ran\"\n";
    private static final String FAKE_MAVEN = "#!/bin/sh\nmkdir -p target && touch target/homelab-scaffold.jar\n";

    @TempDir
    Path root;

    @Test
    void missingJarIsBuiltWithReason() throws Exception {
        prepareCheckout();

        BoundedProcess.Result result = runLauncher();

        assertThat(result.output()).startsWith("homelab-scaffold: building the jar because there is none yet...\n");
        assertThat(result.status()).isZero();
    }

    @Test
    void changedSourceIsNamedWhenRebuilding() throws Exception {
        prepareCheckout();
        Path jar = Files.createDirectories(root.resolve("target")).resolve("homelab-scaffold.jar");
        Files.writeString(jar, "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Path source = Files.createDirectories(root.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");

        BoundedProcess.Result result = runLauncher();

        assertThat(result.output()).startsWith(
                "homelab-scaffold: building the jar because src/main/java/Changed.java changed since the last build...\n");
        assertThat(result.status()).isZero();
    }

    @Test
    void readOnlyTargetRunsWithoutMessages() throws Exception {
        prepareCheckout();
        Path target = Files.createDirectories(root.resolve("target"));
        Files.writeString(target.resolve("homelab-scaffold.jar"), "");
        // chattr +i makes the folder read-only even for root, who ignores permission bits.
        assumeTrue(chattr("+i", target) == 0, "chattr +i is not available here");
        try {
            BoundedProcess.Result result = runLauncher();

            assertThat(result.output()).isEqualTo("java ran\n");
            assertThat(result.status()).isZero();
        } finally {
            chattr("-i", target);
        }
    }

    private void prepareCheckout() throws IOException {
        Path launcher = root.resolve("homelab-scaffold");
        Files.copy(Path.of("homelab-scaffold"), launcher);
        writeScript(root.resolve("mvnw"), FAKE_MAVEN);
        writeScript(Files.createDirectories(root.resolve("bin")).resolve("java"), FAKE_JAVA);
    }

    private static void writeScript(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private BoundedProcess.Result runLauncher() throws IOException, InterruptedException {
        String path = root.resolve("bin") + ":" + System.getenv("PATH");
        return BoundedProcess.run(List.of(root.resolve("homelab-scaffold").toString(), "--version"), root,
                Map.of("PATH", path), Duration.ofSeconds(30));
    }

    private int chattr(String flag, Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}

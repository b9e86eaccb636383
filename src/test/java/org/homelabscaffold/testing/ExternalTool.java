package org.homelabscaffold.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real tool (docker-compose, shellcheck, bash) on generated files. Locally a missing tool
 * skips the test; with CI=true it fails, because CI installs every tool the tests use.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 60;

    /** The outcome of one run: exit status and combined output. */
    public record Result(int status, String output) {}

    private ExternalTool() {}

    public static void require(String tool) {
        boolean present = isInstalled(tool);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(tool + " is not installed; .ci/run must install it");
        }
        Assumptions.assumeTrue(present, tool + " is not installed, so this check is skipped");
    }

    public static boolean isInstalled(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(folder, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    public static Result run(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out after " + TIMEOUT_SECONDS + " s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }
}

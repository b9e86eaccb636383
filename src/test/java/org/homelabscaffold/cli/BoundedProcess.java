package org.homelabscaffold.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with a time limit, and kills it when the limit passes. Its output goes to a
 * temporary file rather than a pipe, so a command that hangs cannot block the test on a read.
 */
final class BoundedProcess {

    /** How a command ended: its exit status and its standard output and error, interleaved. */
    record Result(int status, String output) {}

    private BoundedProcess() {}

    static Result run(List<String> command, Path directory, Map<String, String> extraEnvironment, Duration limit)
            throws IOException, InterruptedException {
        File output = File.createTempFile("homelab-scaffold-process", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output).redirectInput(ProcessBuilder.Redirect.from(
                            new File("/dev/null")));
            builder.environment().remove("TMUX");
            builder.environment().putAll(extraEnvironment);
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(command + " did not finish within " + limit.toSeconds() + " s; it printed:\n"
                        + Files.readString(output.toPath(), StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }
}

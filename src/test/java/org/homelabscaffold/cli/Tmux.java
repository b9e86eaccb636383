package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tmux server on a private socket with one detached session that runs a command. Keys go in
 * with send-keys, and the screen comes out with capture-pane.
 */
final class Tmux implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private final String socket = "homelab-scaffold-test-" + ProcessHandle.current().pid();
    private final String session = "wizard";

    /** Starts a {@code columns} x {@code rows} session running {@code command} in tmux's default shell. */
    Tmux(int columns, int rows, String command) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
    }

    /** Sends key names understood by tmux, such as Enter, Down or Space. */
    void keys(String... names) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("send-keys", "-t", session));
        arguments.addAll(List.of(names));
        tmux(arguments.toArray(String[]::new));
    }

    /** Types {@code text} literally. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** Polls the screen every 100 ms until it contains {@code text}, failing with the screen after {@code limit}. */
    String awaitText(String text, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                fail("timed out after %d s waiting for \"%s\"; the screen shows:%n%s", limit.toSeconds(), text, screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-session", "-t", session);
        } finally {
            run(List.of("tmux", "-L", socket, "kill-server"));
        }
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        BoundedProcess.Result result = run(command);
        assertThat(result.status()).as("%s failed: %s", command, result.output()).isZero();
        return result.output();
    }

    private static BoundedProcess.Result run(List<String> command) throws IOException, InterruptedException {
        return BoundedProcess.run(command, Path.of("").toAbsolutePath(), Map.of(), COMMAND_TIMEOUT);
    }
}

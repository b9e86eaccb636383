package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C at a line prompt under TERM=dumb, where JLine registers no SIGINT handler of its own. */
@Timeout(60)
class DumbTerminalInterruptTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    @Test
    void ctrlCPrintsMessageAndExits130() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String command = "cd " + directory + " && TERM=dumb " + java + " -cp " + System.getProperty("java.class.path")
                + " " + Main.class.getName() + " new out; echo \"exit status $?\"; sleep 600";
        try (Tmux tmux = new Tmux(100, 30, command)) {
            tmux.awaitText("Service name:", WAIT);
            tmux.keys("C-c");
            String screen = tmux.awaitText("exit status", WAIT);

            assertThat(screen).contains("error: interrupted; nothing was written");
            assertThat(screen).contains("exit status 130");
            assertThat(screen.split("Service name:", -1)).hasSize(2);
        }
    }
}

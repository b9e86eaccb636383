package org.homelabscaffold.wizard.screen;

import static org.assertj.core.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;

/**
 * Runs the full-screen wizard on an 80x24 virtual terminal in a background thread, feeds it keys
 * and reads the screen by polling, never by a blocking read.
 */
final class ScreenDriver implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(5);

    final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Future<WizardOutcome> outcome;

    ScreenDriver(PreviewSource previews, Map<String, String> environment, Path workingDirectory) {
        WizardFlow flow = new WizardFlow(DetectedAnswers.none());
        ScreenWizard wizard = new ScreenWizard(terminal, environment, workingDirectory);
        outcome = executor.submit(() -> wizard.run(flow, previews));
    }

    void press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
    }

    void control(char letter) {
        terminal.addInput(new KeyStroke(letter, true, false));
    }

    void type(String text) {
        for (char character : text.toCharArray()) {
            terminal.addInput(new KeyStroke(character, false, false));
        }
    }

    /** Types {@code text}, presses Enter and waits for the next screen. */
    void answer(String text) {
        String header = awaitText("homelab-scaffold new").lines().findFirst().orElse("");
        type(text);
        press(KeyType.Enter);
        awaitScreen(screen -> !screen.lines().findFirst().orElse("").equals(header));
    }

    /** Presses Enter on each question, taking its proposal, until the screen shows {@code text}. */
    void acceptUntil(String text) {
        for (int step = 0; step < 30; step++) {
            if (screenText().contains(text)) {
                return;
            }
            answer("");
        }
        awaitText(text);
    }

    /** Like {@link #acceptUntil}, returning the screen that shows {@code text}. */
    String acceptUntilText(String text) {
        acceptUntil(text);
        return awaitText(text);
    }

    String awaitText(String expected) {
        return awaitText(expected, WAIT);
    }

    /** Like {@link #awaitText(String)}, failing after {@code wait} in place of five seconds. */
    String awaitText(String expected, Duration wait) {
        return awaitScreen(screen -> screen.contains(expected), wait);
    }

    /** Polls the screen until {@code condition} holds, failing with the last screen after five seconds. */
    String awaitScreen(Predicate<String> condition) {
        return awaitScreen(condition, WAIT);
    }

    private String awaitScreen(Predicate<String> condition, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        String screen = screenText();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + wait.toSeconds() + " s waiting for the screen; it shows:%n%s", screen);
            }
            pause();
            screen = screenText();
        }
        return screen;
    }

    String screenText() {
        StringBuilder text = new StringBuilder();
        synchronized (terminal) {
            TerminalSize size = terminal.getTerminalSize();
            for (int row = 0; row < size.getRows(); row++) {
                for (int column = 0; column < size.getColumns(); column++) {
                    text.append(terminal.getCharacter(column, row).getCharacterString());
                }
                text.append('\n');
            }
        }
        return text.toString().replaceAll(" +\n", "\n");
    }

    /** Returns the character cells of the whole screen, for checks of colour and style. */
    TextCharacter[][] cells() {
        synchronized (terminal) {
            TerminalSize size = terminal.getTerminalSize();
            TextCharacter[][] cells = new TextCharacter[size.getRows()][size.getColumns()];
            for (int row = 0; row < size.getRows(); row++) {
                for (int column = 0; column < size.getColumns(); column++) {
                    cells[row][column] = terminal.getCharacter(column, row);
                }
            }
            return cells;
        }
    }

    WizardOutcome awaitOutcome() throws Exception {
        return outcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the screen");
        }
    }
}

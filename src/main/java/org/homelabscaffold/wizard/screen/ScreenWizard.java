package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.homelabscaffold.wizard.PreviewSource;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;

/**
 * The full-screen wizard on a Lanterna terminal: one question per screen, then a review screen
 * with the summary and a preview of every file. It prints nothing while it owns the terminal and
 * writes no file; it returns what the user decided.
 */
public final class ScreenWizard {

    /** Pause between polls for a key or a resize; short enough that typing feels immediate. */
    private static final long POLL_MILLIS = 10;

    private final Terminal terminal;
    private final Palette palette;
    private final Path workingDirectory;
    private WizardFlow flow;
    private PreviewSource previews;
    private View view;
    private WizardOutcome outcome;

    /**
     * Creates the wizard for {@code terminal}.
     *
     * @param environment the process environment, read for {@code NO_COLOR}
     * @param workingDirectory the folder that a relative answers-file name is resolved against
     */
    public ScreenWizard(Terminal terminal, Map<String, String> environment, Path workingDirectory) {
        this.terminal = terminal;
        this.palette = Palette.forEnvironment(environment);
        this.workingDirectory = workingDirectory;
    }

    /**
     * Runs the wizard until the user writes, saves the answers or presses Ctrl-C, then restores
     * the screen.
     *
     * @throws ScreenUnavailableException when the terminal cannot enter full-screen mode
     * @throws IOException when drawing fails later
     */
    public WizardOutcome run(WizardFlow wizardFlow, PreviewSource previewSource) throws IOException {
        this.flow = wizardFlow;
        this.previews = previewSource;
        TerminalScreen screen = start();
        try {
            showNext();
            loop(screen);
            return outcome;
        } finally {
            screen.stopScreen();
        }
    }

    /** Shows the current question, or the review screen once every question is answered. */
    void showNext() {
        view = flow.isComplete() ? new ReviewView(this, flow, previews, workingDirectory) : new QuestionView(this, flow);
    }

    void show(View next) {
        view = next;
    }

    void finish(WizardOutcome result) {
        outcome = result;
    }

    private TerminalScreen start() throws ScreenUnavailableException {
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            return screen;
        } catch (IOException | RuntimeException e) {
            throw new ScreenUnavailableException("the terminal cannot show the full-screen wizard: " + e.getMessage(), e);
        }
    }

    private void loop(TerminalScreen screen) throws IOException {
        draw(screen, Screen.RefreshType.COMPLETE);
        while (outcome == null) {
            KeyStroke key = screen.pollInput();
            if (key == null) {
                waitForInput(screen);
            } else if (Keys.isInterrupt(key)) {
                outcome = new WizardOutcome.Interrupted();
            } else {
                view.handle(key);
                if (outcome == null) {
                    draw(screen, Screen.RefreshType.AUTOMATIC);
                }
            }
        }
    }

    private void waitForInput(TerminalScreen screen) throws IOException {
        if (screen.doResizeIfNecessary() != null) {
            draw(screen, Screen.RefreshType.COMPLETE);
            return;
        }
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new WizardOutcome.Interrupted();
        }
    }

    private void draw(TerminalScreen screen, Screen.RefreshType refreshType) throws IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        Canvas canvas = new Canvas(screen.newTextGraphics(), palette, screen.getTerminalSize());
        view.draw(canvas);
        screen.setCursorPosition(canvas.cursor());
        // Refreshing under the terminal's lock means a reader of a virtual terminal only sees whole frames.
        synchronized (terminal) {
            screen.refresh(refreshType);
        }
    }
}

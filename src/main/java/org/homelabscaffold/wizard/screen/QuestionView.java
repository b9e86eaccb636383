package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homelabscaffold.answers.ServiceQuestions;
import org.homelabscaffold.answers.ValueKind;
import org.homelabscaffold.wizard.Option;
import org.homelabscaffold.wizard.Step;
import org.homelabscaffold.wizard.SummaryLine;
import org.homelabscaffold.wizard.ValueText;
import org.homelabscaffold.wizard.WizardFlow;

/**
 * The screen of one question.
 *
 * <pre>
 *  homelab-scaffold new                                        step 7 of 16
 *  [##########################----------------------------------------]
 *  Runtime base image  (base)
 *  Default: slim
 *  Type to filter                                Answers so far
 *  > slim        (default)                       Service name: photos
 *    scratch     unavailable                     Language: python
 *  -- Help ------------------------------------------------------------
 *  The image the final stage starts from: ...
 *  (message)
 *  --------------------------------------------------------------------
 *  Up/Down move  Enter choose  type to filter  Esc back  Ctrl-C quit
 * </pre>
 */
final class QuestionView implements View {

    private static final int HELP_ROWS = 6;
    private static final int ANSWERS_WIDTH = 32;
    /** Below this width the answers-so-far panel is left out, so the options keep their room. */
    private static final int MIN_WIDTH_FOR_ANSWERS = 72;

    private final ScreenWizard wizard;
    private final WizardFlow flow;
    private final Step step;
    private final ChoiceList choices;
    private final TextField field;
    private String message;
    private Palette.Role messageRole = Palette.Role.NORMAL;

    QuestionView(ScreenWizard wizard, WizardFlow flow) {
        this.wizard = wizard;
        this.flow = flow;
        this.step = flow.step();
        this.choices = new ChoiceList(step.options(), step.proposedIndex());
        if (step.isMultipleChoice() && step.proposal().value() instanceof List<?> values) {
            choices.check(values);
        }
        this.field = new TextField(step.proposalText());
        this.message = step.note();
    }

    @Override
    public void draw(Canvas canvas) {
        Frame.header(canvas, "step " + step.number() + " of " + step.total());
        drawProgress(canvas);
        canvas.text(1, 2, step.question().title(), Palette.Role.TITLE);
        canvas.text(step.question().title().length() + 3, 2, "(" + step.question().key() + ")", Palette.Role.MUTED);
        canvas.text(1, 3, proposalLine(), Palette.Role.MUTED);
        int top = 4;
        int helpRule = Frame.bottom(canvas) - HELP_ROWS;
        boolean wide = canvas.width() >= MIN_WIDTH_FOR_ANSWERS;
        int leftWidth = wide ? canvas.width() - ANSWERS_WIDTH - 4 : canvas.width() - 2;
        if (step.options().isEmpty()) {
            drawField(canvas, top, leftWidth);
        } else {
            new OptionRows(step, choices).draw(canvas, top, helpRule - top, leftWidth);
        }
        if (wide) {
            drawAnswers(canvas, leftWidth + 3, top, helpRule - top);
        }
        canvas.rule(helpRule, "Help");
        canvas.lines(1, helpRule + 1, HELP_ROWS, helpLines(canvas.width() - 2), Palette.Role.NORMAL);
        Frame.footer(canvas, message, messageRole, keys());
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key)) {
            goBack();
        } else if (step.options().isEmpty()) {
            handleText(key);
        } else {
            handleOptions(key);
        }
    }

    private void handleText(KeyStroke key) {
        if (Keys.is(key, com.googlecode.lanterna.input.KeyType.Enter)) {
            report(flow.answer(field.text()));
        } else {
            field.handle(key);
        }
    }

    private void handleOptions(KeyStroke key) {
        Character typed = Keys.typed(key);
        switch (key.getKeyType()) {
            case ArrowUp -> choices.move(-1);
            case ArrowDown -> choices.move(1);
            case Enter -> submitOptions();
            case Backspace -> choices.erase();
            default -> {
                if (typed != null && typed == ' ' && step.isMultipleChoice()) {
                    choices.toggle();
                } else if (typed != null) {
                    choices.type(typed);
                }
            }
        }
    }

    private void submitOptions() {
        if (step.isMultipleChoice()) {
            report(flow.choose(choices.checkedValues()));
            return;
        }
        Option option = choices.highlightedOption();
        if (option == null) {
            showError("No option matches \"" + choices.filter() + "\"; Backspace shortens the filter.");
        } else if (!option.isEnabled()) {
            showError(option.label() + " is unavailable: " + option.rejection());
        } else {
            report(flow.choose(option.value()));
        }
    }

    private void goBack() {
        if (flow.back()) {
            wizard.showNext();
        } else {
            showError("This is the first question.");
        }
    }

    private void report(Optional<String> problem) {
        if (problem.isPresent()) {
            showError(problem.get());
        } else {
            wizard.showNext();
        }
    }

    private void showError(String text) {
        message = text;
        messageRole = Palette.Role.ERROR;
    }

    private void drawProgress(Canvas canvas) {
        int width = Math.max(0, canvas.width() - 4);
        int done = step.total() == 0 ? 0 : width * (step.number() - 1) / step.total();
        canvas.text(1, 1, "[" + "#".repeat(done) + "-".repeat(width - done) + "]", Palette.Role.MUTED);
    }

    private String proposalLine() {
        Object value = step.proposal().value();
        if (value == null && !step.question().optional() && !step.proposal().isYourAnswer()) {
            return "No default.";
        }
        String origin = step.proposal().origin();
        return Character.toUpperCase(origin.charAt(0)) + origin.substring(1) + ": " + ValueText.display(value);
    }

    private void drawField(Canvas canvas, int top, int width) {
        int fieldWidth = Math.max(1, width - 2);
        canvas.text(1, top, ">", Palette.Role.NORMAL);
        Palette.Role role = field.isSelected() ? Palette.Role.HIGHLIGHT : Palette.Role.NORMAL;
        canvas.text(3, top, field.visible(fieldWidth), role);
        canvas.placeCursor(3 + field.visibleCursor(fieldWidth), top);
        List<String> hints = new ArrayList<>();
        if (step.question().kind() == ValueKind.TEXT_LIST) {
            hints.add("Separate items with commas.");
        }
        if (isPort(step.question().key())) {
            hints.add("Type none when the service listens on no port.");
        }
        if (!step.proposalText().isEmpty()) {
            hints.add("Typing replaces the proposed value; an arrow key edits it.");
        }
        List<String> wrapped = new ArrayList<>();
        hints.forEach(hint -> wrapped.addAll(Fit.wrap(hint, width)));
        canvas.lines(1, top + 2, wrapped.size(), wrapped, Palette.Role.MUTED);
    }

    private static boolean isPort(String key) {
        if (ServiceQuestions.isServiceKey(key)) {
            return ServiceQuestions.topLevelQuestion(key).key().equals("port");
        }
        return key.equals("port");
    }

    private void drawAnswers(Canvas canvas, int column, int top, int rows) {
        canvas.text(column, top, "Answers so far", Palette.Role.TITLE);
        List<SummaryLine> answers = flow.answersSoFar();
        List<String> lines = new ArrayList<>();
        int shown = Math.max(0, rows - 1);
        if (answers.size() > shown && shown > 0) {
            lines.add("(" + (answers.size() - shown + 1) + " earlier answers)");
            answers = answers.subList(answers.size() - shown + 1, answers.size());
        }
        answers.forEach(line -> lines.add(Fit.cut(line.title() + ": " + line.value(), ANSWERS_WIDTH)));
        canvas.lines(column, top + 1, shown, lines, Palette.Role.NORMAL);
    }

    private List<String> helpLines(int width) {
        List<String> lines = new ArrayList<>(Fit.wrap(step.question().help(), width));
        Option option = step.options().isEmpty() ? null : choices.highlightedOption();
        if (option != null && !option.help().isEmpty()) {
            lines.addAll(Fit.wrap(option.label() + ": " + option.help(), width));
        }
        if (option != null && !option.isEnabled()) {
            lines.addAll(Fit.wrap("Unavailable: " + option.rejection(), width));
        }
        if (lines.size() > HELP_ROWS) {
            lines = new ArrayList<>(lines.subList(0, HELP_ROWS));
            lines.set(HELP_ROWS - 1, Fit.cut(lines.get(HELP_ROWS - 1) + " ...", width));
        }
        return lines;
    }

    private String keys() {
        if (step.isMultipleChoice()) {
            return "Up/Down move  Space check  Enter confirm  type to filter  Esc back  Ctrl-C quit";
        }
        if (step.isSingleChoice()) {
            return "Up/Down move  Enter choose  type to filter  Esc back  Ctrl-C quit";
        }
        return "Enter confirm  Ctrl-U clear  Esc back  Ctrl-C quit";
    }
}

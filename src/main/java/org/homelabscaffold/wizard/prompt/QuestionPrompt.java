package org.homelabscaffold.wizard.prompt;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homelabscaffold.answers.ValueKind;
import org.homelabscaffold.wizard.Option;
import org.homelabscaffold.wizard.Step;
import org.homelabscaffold.wizard.ValueText;
import org.homelabscaffold.wizard.WizardFlow;
import org.jline.reader.LineReader;

/**
 * Asks one question as a line prompt: numbered options, the proposed value in brackets, help on
 * {@code ?}, and the question again after an invalid answer.
 */
final class QuestionPrompt {

    private final LineReader reader;
    private final PrintWriter out;

    QuestionPrompt(LineReader reader, PrintWriter out) {
        this.reader = reader;
        this.out = out;
    }

    void ask(WizardFlow flow) {
        Step step = flow.step();
        out.println();
        out.println("Step " + step.number() + " of " + step.total() + ": " + step.question().title());
        if (!step.note().isEmpty()) {
            out.println("  " + step.note());
        }
        if (isNumbered(step)) {
            printOptions(step);
        }
        String line = reader.readLine(prompt(step)).strip();
        if (line.equals("?")) {
            printHelp(step);
        } else if (line.equals("<")) {
            if (!flow.back()) {
                out.println("  This is the first question.");
            }
        } else {
            submit(flow, step, line).ifPresent(problem -> out.println("  " + problem + " (? shows help)"));
        }
    }

    private Optional<String> submit(WizardFlow flow, Step step, String line) {
        if (step.isMultipleChoice() && !line.isEmpty()) {
            return flow.answer(String.join(",", labels(step, line)));
        }
        if (!isNumbered(step) || !line.matches("[0-9]+")) {
            return flow.answer(line);
        }
        int number = Integer.parseInt(line);
        if (number < 1 || number > step.options().size()) {
            return Optional.of("expected a number from 1 to " + step.options().size() + ", or a name");
        }
        Option option = step.options().get(number - 1);
        if (!option.isEnabled()) {
            return Optional.of(option.label() + " is unavailable: " + option.rejection());
        }
        return flow.choose(option.value());
    }

    /** Turns each comma-separated item that is an option number into that option's label. */
    private static List<String> labels(Step step, String line) {
        List<String> labels = new ArrayList<>();
        for (String item : line.split(",", -1)) {
            String trimmed = item.strip();
            boolean isNumber = trimmed.matches("[0-9]+") && Integer.parseInt(trimmed) >= 1
                    && Integer.parseInt(trimmed) <= step.options().size();
            labels.add(isNumber ? step.options().get(Integer.parseInt(trimmed) - 1).label() : trimmed);
        }
        return labels;
    }

    private void printOptions(Step step) {
        int width = step.options().stream().mapToInt(option -> option.label().length()).max().orElse(0);
        List<?> checked = step.proposal().value() instanceof List<?> list ? list : List.of();
        for (int index = 0; index < step.options().size(); index++) {
            Option option = step.options().get(index);
            String box = "";
            if (step.isMultipleChoice()) {
                box = checked.contains(option.value()) ? "[x] " : "[ ] ";
            }
            String label = String.format("%-" + width + "s", option.label());
            out.println(String.format("  %2d) %s%s  %s", index + 1, box, label, mark(step, index)).stripTrailing());
        }
    }

    /** Returns why an option is unavailable, or where the proposed option's value comes from. */
    private static String mark(Step step, int index) {
        Option option = step.options().get(index);
        if (!option.isEnabled()) {
            return "unavailable: " + option.rejection();
        }
        if (step.isSingleChoice() && index == step.proposedIndex()) {
            return "(" + step.proposal().origin() + ")";
        }
        return "";
    }

    private String prompt(Step step) {
        boolean hasProposal = step.proposal().value() != null || step.question().optional()
                || step.proposal().isYourAnswer();
        String proposal = hasProposal ? " [" + ValueText.display(step.proposal().value()) + "]" : "";
        if (step.question().kind() == ValueKind.BOOLEAN) {
            return "yes or no" + proposal + ": ";
        }
        if (step.isMultipleChoice()) {
            return "Numbers or names, comma-separated" + proposal + ": ";
        }
        if (isNumbered(step)) {
            return "Number or name" + proposal + ": ";
        }
        if (step.question().kind() == ValueKind.TEXT_LIST) {
            return step.question().title() + ", comma-separated"
                    + (step.proposalText().isEmpty() ? ", Enter for none" : proposal) + ": ";
        }
        return step.question().title() + proposal + ": ";
    }

    private void printHelp(Step step) {
        out.println("  " + step.question().help());
        for (Option option : step.options()) {
            if (!option.help().isEmpty()) {
                out.println("  " + option.label() + ": " + option.help());
            }
            if (!option.isEnabled()) {
                out.println("  " + option.label() + " is unavailable: " + option.rejection());
            }
        }
        out.println("  Allowed: " + step.question().allowedDescription() + ". Enter alone takes the value in"
                + " brackets; < goes back to the previous question.");
    }

    private static boolean isNumbered(Step step) {
        return !step.options().isEmpty() && step.question().kind() != ValueKind.BOOLEAN;
    }
}

package org.homelabscaffold.wizard;

import java.util.List;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.ValueKind;

/**
 * The question the wizard asks now, with everything a front end shows for it.
 *
 * @param question the question
 * @param number 1-based position among the questions that apply
 * @param total how many questions apply, given the answers so far; later answers can change it
 * @param options the offered values of a choice, yes/no or known-values list question, else empty
 * @param proposal the value the question starts with
 * @param note a remark about an earlier answer to this question, or empty
 */
public record Step(Question question, int number, int total, List<Option> options, Proposal proposal,
        String note) {

    public Step {
        options = List.copyOf(options);
    }

    /** Returns whether one of the options is picked: a choice or a yes/no question. */
    public boolean isSingleChoice() {
        return question.kind() == ValueKind.CHOICE || question.kind() == ValueKind.BOOLEAN;
    }

    /** Returns whether any number of the options are picked: a list question with known values. */
    public boolean isMultipleChoice() {
        return question.kind() == ValueKind.TEXT_LIST && !options.isEmpty();
    }

    /** Returns the position of the option holding the proposed value, or -1 when none does. */
    public int proposedIndex() {
        for (int index = 0; index < options.size(); index++) {
            if (java.util.Objects.equals(options.get(index).value(), proposal.value())) {
                return index;
            }
        }
        return -1;
    }

    /** Returns the proposed value as a user would type it. */
    public String proposalText() {
        return ValueText.editable(proposal.value());
    }
}

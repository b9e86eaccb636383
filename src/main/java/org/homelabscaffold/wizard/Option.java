package org.homelabscaffold.wizard;

/**
 * One value offered by a choice, yes/no or list question.
 *
 * @param value the parsed value it stands for: an answer constant, a Boolean, a list item, or null for "none"
 * @param label the spelling shown and accepted as typed text
 * @param help what choosing it means and costs, or empty
 * @param rejection why it cannot work with the earlier answers, or null when it can
 */
public record Option(Object value, String label, String help, String rejection) {

    public boolean isEnabled() {
        return rejection == null;
    }
}

package org.homelabscaffold.answers;

/** One offered value of a choice question, with the help text shown when it is highlighted. */
public record Choice(AnswerValue value, String help) {

    public String key() {
        return value.key();
    }
}

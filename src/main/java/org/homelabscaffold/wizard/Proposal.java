package org.homelabscaffold.wizard;

/**
 * The value a question starts with, and where that value comes from.
 *
 * @param value the parsed value; null means "none", or no value at all for a question without a default
 * @param origin "default", "detected from FILE" or "your answer"
 */
public record Proposal(Object value, String origin) {

    static final String DEFAULT = "default";
    static final String YOUR_ANSWER = "your answer";

    public boolean isYourAnswer() {
        return origin.equals(YOUR_ANSWER);
    }
}

package org.homelabscaffold.answers;

import java.util.List;

/** Raised when answers cannot be used: it carries every problem found, not only the first. */
public final class InvalidAnswersException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidAnswersException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid answers" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

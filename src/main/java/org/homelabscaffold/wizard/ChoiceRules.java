package org.homelabscaffold.wizard;

import java.util.Optional;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.AnswerSources;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.Compatibility;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.answers.Question;

/**
 * Decides which values cannot work with the earlier answers, using the same compatibility rules
 * as a run from an answers file, so the wizard offers only combinations that generate.
 */
final class ChoiceRules {

    private static final AnswerSources SOURCES = new AnswerSources("wizard");

    private ChoiceRules() {}

    /** Returns why {@code value} cannot be the answer to {@code question}, or empty when it can. */
    static Optional<String> rejection(Question question, Object value, AnswerMap before) {
        if (value instanceof Base base) {
            return Compatibility.refuseBase(base, before)
                    .map(refusal -> refusal.reason() + "; " + refusal.alternative());
        }
        AnswerMap candidate = new AnswerMap(before);
        candidate.put(question.key(), value);
        return Compatibility.refusals(candidate, SOURCES).stream()
                .filter(problem -> problem.key().equals(question.key()))
                .findFirst()
                .map(ChoiceRules::describe);
    }

    private static String describe(Problem problem) {
        return problem.hint().isEmpty() ? problem.message() : problem.message() + "; " + problem.hint();
    }
}

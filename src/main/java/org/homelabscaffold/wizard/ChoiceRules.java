package org.homelabscaffold.wizard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.AnswerSources;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.Compatibility;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.ServiceQuestions;

/**
 * Decides which values cannot work with the earlier answers, using the same compatibility rules
 * as a run from an answers file, so the wizard offers only combinations that generate.
 */
final class ChoiceRules {

    private static final AnswerSources SOURCES = new AnswerSources("wizard");

    private ChoiceRules() {}

    /**
     * Returns why {@code value} cannot be the answer to {@code question}, or empty when it can.
     * Besides problems with the value itself, a value is rejected when it makes an earlier answer
     * fail: a database migration, for example, when the service is named "db".
     */
    static Optional<String> rejection(Question question, Object value, AnswerMap before) {
        if (question.key().equals(ServiceQuestions.LIST_KEY)) {
            return ServiceQuestions.namesProblem(value, before.get("name"));
        }
        if (ServiceQuestions.isServiceKey(question.key())) {
            // A per-service value follows the rules of the top-level key, checked with that service's port.
            return rejection(ServiceQuestions.topLevelQuestion(question.key()), value,
                    ServiceQuestions.scope(before, question.key()));
        }
        if (value instanceof Base base) {
            Optional<String> reason = Compatibility.rejectBase(base, before)
                    .map(rejection -> rejection.reason() + "; " + rejection.alternative());
            if (reason.isPresent()) {
                return reason;
            }
        }
        AnswerMap candidate = new AnswerMap(before);
        candidate.put(question.key(), value);
        Set<String> earlierProblems = Compatibility.rejections(before, SOURCES).stream().map(Problem::format)
                .collect(Collectors.toSet());
        List<Problem> problems = Compatibility.rejections(candidate, SOURCES);
        Optional<Problem> own = problems.stream().filter(problem -> problem.key().equals(question.key())).findFirst();
        // Problems of questions not asked yet are left out: their answers can still avoid them.
        Optional<Problem> caused = problems.stream()
                .filter(problem -> before.has(problem.key()) && !earlierProblems.contains(problem.format()))
                .findFirst();
        return own.or(() -> caused).map(ChoiceRules::describe);
    }

    private static String describe(Problem problem) {
        return problem.hint().isEmpty() ? problem.message() : problem.message() + "; " + problem.hint();
    }
}

package org.homelabscaffold.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.ServiceQuestions;

/**
 * The result of one pass over the questions in asking order: the answers before each position,
 * and the value of each question that applies there.
 *
 * <p>{@link WizardFlow} keeps one pass until an answer or the question list changes. Replaying
 * the earlier answers for each position instead made a step change cost time that grows with the
 * square of the number of questions, of which each service adds three or four.
 */
final class ResolvedQuestions {

    /** The answers before each position, plus one last entry that contains every answer. */
    private final List<AnswerMap> valuesBefore;
    /** The value of each question, or null where the question does not apply. */
    private final List<Proposal> values;

    private ResolvedQuestions(List<AnswerMap> valuesBefore, List<Proposal> values) {
        this.valuesBefore = valuesBefore;
        this.values = values;
    }

    /**
     * Visits {@code questions} in order, giving each that applies the value {@code current} returns
     * for it and the answers before it.
     */
    static ResolvedQuestions resolve(List<Question> questions, BiFunction<Question, AnswerMap, Proposal> current) {
        List<AnswerMap> before = new ArrayList<>(questions.size() + 1);
        List<Proposal> values = new ArrayList<>(questions.size());
        AnswerMap answers = new AnswerMap();
        for (Question question : questions) {
            // A copy suffices because ServiceQuestions.store replaces the service list instead of changing it.
            before.add(new AnswerMap(answers));
            Proposal value = null;
            if (question.appliesTo(answers)) {
                value = current.apply(question, answers);
                ServiceQuestions.store(answers, question, value.value());
            }
            values.add(value);
        }
        before.add(answers);
        return new ResolvedQuestions(before, values);
    }

    /** Returns a copy of the answers of the questions before {@code index}, which the caller may change. */
    AnswerMap valuesBefore(int index) {
        return new AnswerMap(valuesBefore.get(index));
    }

    boolean applies(int index) {
        return values.get(index) != null;
    }

    /** Returns the value of the question at {@code index}, or null when it does not apply. */
    Proposal value(int index) {
        return values.get(index);
    }

    /** Returns how many questions before {@code end} apply. */
    int countApplicable(int end) {
        int count = 0;
        for (int index = 0; index < end; index++) {
            if (applies(index)) {
                count++;
            }
        }
        return count;
    }
}

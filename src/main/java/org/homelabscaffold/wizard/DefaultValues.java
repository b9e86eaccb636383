package org.homelabscaffold.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.AnswerSources;
import org.homelabscaffold.answers.AnswerValue;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.Problem;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.ServiceQuestions;

/**
 * Proposes a value for a question from the detected values and the defaults, computed by the
 * same resolver that completes an answers file, so the wizard and a file run agree. It is not
 * final so that tests can count the proposals a step change computes.
 */
class DefaultValues {

    private static final AnswerSources SOURCES = new AnswerSources("wizard");

    private final DetectedAnswers detected;

    DefaultValues(DetectedAnswers detected) {
        this.detected = detected;
    }

    Proposal proposal(Question question, AnswerMap before) {
        if (question.key().equals(ServiceQuestions.LIST_KEY)) {
            return serviceList(question, before);
        }
        if (ServiceQuestions.isServiceKey(question.key())) {
            return new Proposal(question.defaultFor(before), Proposal.DEFAULT);
        }
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        AnswersReader.Given earlier = new AnswersReader.Given(before, SOURCES, List.of(), List.of());
        AnswerMap completed = AnswersResolver.complete(earlier, detected.answers(), problems, warnings);
        Object value = completed.get(question.key());
        String key = question.key();
        if (detected.answers().containsKey(key) && isDetectedValue(detected.answers().get(key), value)) {
            return new Proposal(value, "detected from " + detected.sourceOf(key));
        }
        return new Proposal(value, Proposal.DEFAULT);
    }

    /**
     * Proposes the detected services that can be service names, such as the main packages under
     * cmd/ except cmd/migrate, when at least two remain, else the one service.
     */
    private Proposal serviceList(Question question, AnswerMap before) {
        List<?> names = detected.answers().get(ServiceQuestions.LIST_KEY) instanceof List<?> list ? list : List.of();
        List<?> usable = names.stream().filter(ServiceQuestions::isUsableName).distinct().toList();
        if (usable.size() > 1) {
            return new Proposal(usable, "detected from " + detected.sourceOf(ServiceQuestions.LIST_KEY));
        }
        return new Proposal(question.defaultFor(before), Proposal.DEFAULT);
    }

    /** Detected values are raw (a String for a choice), so a choice compares by its key. */
    private static boolean isDetectedValue(Object raw, Object value) {
        if (value instanceof AnswerValue choice) {
            return choice.key().equals(raw);
        }
        return value != null && Objects.equals(raw, value);
    }
}

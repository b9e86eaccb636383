package org.homelabscaffold.wizard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.AnswerSources;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.Question;
import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.answers.ServiceQuestions;
import org.homelabscaffold.answers.ValueParser;

/**
 * The wizard's state machine, free of any terminal: which question is asked, what it proposes,
 * whether an answer is valid, and where back and forward lead. Both front ends drive it, and it
 * ends with complete answers in the form an answers file gives them.
 *
 * <p>Only questions that apply to the answers so far are asked. Going back keeps later answers:
 * an answer the user typed stays while its default is unchanged and it still works, and an
 * accepted default follows the new earlier answers.
 */
public final class WizardFlow {

    /** Answers the resolver reports as missing when unset; any other question may be left without a value. */
    private static final Set<String> REQUIRED = Set.of("name", "language");

    /** An answer the user gave, with the value that was proposed at that time. */
    private record EarlierAnswer(Object value, Object proposed) {

        boolean isTyped() {
            return !Objects.equals(value, proposed);
        }
    }

    /** The catalogue's questions with the service list after {@link ServiceQuestions#ASKED_AFTER}. */
    private static final List<Question> CATALOGUE = catalogue();

    /** The questions in asking order, per-service ones included, or null until rebuilt after an answer. */
    private List<Question> questions;
    /** The answers and values of {@link #questions}, or null until computed again after an answer. */
    private ResolvedQuestions resolved;
    private final DetectedAnswers detected;
    private final DefaultValues defaults;
    private final Map<String, EarlierAnswer> earlierAnswers = new HashMap<>();
    private int position;
    private boolean reviewing;

    public WizardFlow(DetectedAnswers detected) {
        this(detected, new DefaultValues(detected));
    }

    /** Creates the flow with {@code defaults}, which tests replace to count the proposals computed. */
    WizardFlow(DetectedAnswers detected, DefaultValues defaults) {
        this.detected = detected;
        this.defaults = defaults;
        this.position = nextApplicable(0);
    }

    private static List<Question> catalogue() {
        List<Question> catalogue = new ArrayList<>();
        for (Question question : Questions.all()) {
            catalogue.add(question);
            if (question.key().equals(ServiceQuestions.ASKED_AFTER)) {
                catalogue.add(ServiceQuestions.list());
            }
        }
        return List.copyOf(catalogue);
    }

    /** Returns whether every question that applies has an answer, so the summary is shown. */
    public boolean isComplete() {
        return position >= questions().size();
    }

    public DetectedAnswers detected() {
        return detected;
    }

    /** Returns the question to ask now. */
    public Step step() {
        requireAsking();
        Question question = questions().get(position);
        AnswerMap before = valuesBefore(position);
        Proposal current = current(question, before);
        return new Step(question, stepNumber(), countApplicable(questions().size()),
                OptionCatalog.optionsFor(question, before), current, note(question, before));
    }

    /**
     * Answers the current question with typed text, parsed as the answers file parses {@code --set}
     * values. Blank text takes the proposed value.
     *
     * @return the reason the text is not a valid answer, or empty when it was taken and the flow moved on
     */
    public Optional<String> answer(String text) {
        requireAsking();
        Question question = questions().get(position);
        if (!text.isBlank()) {
            ValueParser.Result result = ValueParser.parseText(question, text);
            if (!result.isValid()) {
                return Optional.of(result.hint().isEmpty() ? result.error() : result.error() + "; " + result.hint());
            }
            return choose(result.value());
        }
        Object proposed = step().proposal().value();
        if (proposed == null && REQUIRED.contains(question.key())) {
            return Optional.of("an answer is required: expected " + question.allowedDescription());
        }
        return choose(proposed);
    }

    /**
     * Answers the current question with a parsed value, such as an {@link Option#value()} or a list
     * of them.
     *
     * @return the reason the value is not a valid answer, or empty when it was taken and the flow moved on
     */
    public Optional<String> choose(Object value) {
        requireAsking();
        Question question = questions().get(position);
        AnswerMap before = valuesBefore(position);
        Optional<String> problem = value == null ? Optional.empty() : question.check(value);
        if (problem.isEmpty()) {
            problem = ChoiceRules.rejection(question, value, before);
        }
        if (problem.isPresent()) {
            return problem;
        }
        earlierAnswers.put(question.key(), new EarlierAnswer(value, defaults.proposal(question, before).value()));
        questions = null;
        resolved = null;
        advance();
        return Optional.empty();
    }

    /**
     * Goes back to the previous question that applies, or from the summary to the last one.
     *
     * @return false when the current question is the first, so there is nothing to go back to
     */
    public boolean back() {
        for (int index = position - 1; index >= 0; index--) {
            if (applies(index)) {
                position = index;
                return true;
            }
        }
        return false;
    }

    /**
     * Asks {@code key} again from the summary. After it is answered, the flow stops only at
     * questions that are new or whose earlier answer no longer fits, then returns to the summary.
     */
    public void edit(String key) {
        int index = questions().stream().map(Question::key).toList().indexOf(key);
        if (index < 0 || !applies(index)) {
            throw new IllegalArgumentException(key + ": is not a question that applies to these answers");
        }
        position = index;
        reviewing = true;
    }

    /** Returns the answers of the questions before the current one, for the "answers so far" list. */
    public List<SummaryLine> answersSoFar() {
        return summaryLines(Math.min(position, questions().size()));
    }

    /** Returns every answer, for the summary once the flow is complete. */
    public List<SummaryLine> summary() {
        return summaryLines(questions().size());
    }

    /** Returns the answers of every question that applies; complete once {@link #isComplete()}. */
    public AnswerMap answers() {
        return valuesBefore(questions().size());
    }

    /** Returns the complete answers as the engine takes them from an answers file. */
    public AnswersReader.Given given() {
        if (!isComplete()) {
            throw new IllegalStateException("the wizard has unanswered questions");
        }
        return new AnswersReader.Given(answers(), new AnswerSources("wizard"), List.of(), List.of());
    }

    private void advance() {
        position = nextApplicable(position + 1);
        while (reviewing && position < questions().size() && isSettled(position)) {
            position = nextApplicable(position + 1);
        }
        if (isComplete()) {
            reviewing = false;
        }
    }

    /** Returns whether a question needs no second look: answered before, and the answer still fits. */
    private boolean isSettled(int index) {
        Question question = questions().get(index);
        EarlierAnswer earlier = earlierAnswers.get(question.key());
        if (earlier == null) {
            return false;
        }
        AnswerMap before = valuesBefore(index);
        Proposal proposal = defaults.proposal(question, before);
        if (!earlier.isTyped()) {
            return ChoiceRules.rejection(question, proposal.value(), before).isEmpty();
        }
        return Objects.equals(earlier.proposed(), proposal.value()) && fits(question, earlier.value(), before);
    }

    /**
     * Returns the value the question has now: the typed answer while it works, else the proposal.
     * A question about the service named like the project that was never asked takes the answer to
     * its single-service question, so listing more services keeps that service's answers.
     */
    private Proposal current(Question question, AnswerMap before) {
        EarlierAnswer earlier = earlierAnswers.get(question.key());
        if (earlier != null && earlier.isTyped() && fits(question, earlier.value(), before)) {
            return new Proposal(earlier.value(), Proposal.YOUR_ANSWER);
        }
        if (earlier == null) {
            EarlierAnswer single = ServiceQuestions.singleServiceKey(question.key(), before)
                    .map(earlierAnswers::get).orElse(null);
            if (single != null && fits(question, single.value(), before)) {
                return new Proposal(single.value(), Proposal.YOUR_ANSWER);
            }
        }
        return defaults.proposal(question, before);
    }

    private String note(Question question, AnswerMap before) {
        EarlierAnswer earlier = earlierAnswers.get(question.key());
        if (earlier == null || !earlier.isTyped()) {
            return "";
        }
        Optional<String> rejection = ChoiceRules.rejection(question, earlier.value(), before);
        if (rejection.isPresent()) {
            return "Your earlier answer " + ValueText.display(earlier.value()) + " no longer works: "
                    + rejection.get();
        }
        Object proposed = defaults.proposal(question, before).value();
        if (!Objects.equals(earlier.proposed(), proposed)) {
            return "Your earlier answer is kept; the default is now " + ValueText.display(proposed) + ".";
        }
        return "";
    }

    private static boolean fits(Question question, Object value, AnswerMap before) {
        return ChoiceRules.rejection(question, value, before).isEmpty();
    }

    private AnswerMap valuesBefore(int index) {
        return resolved().valuesBefore(index);
    }

    private AnswerMap valuesBefore(List<Question> asked, int index) {
        AnswerMap values = new AnswerMap();
        for (int earlier = 0; earlier < index; earlier++) {
            Question question = asked.get(earlier);
            if (question.appliesTo(values)) {
                ServiceQuestions.store(values, question, current(question, values).value());
            }
        }
        return values;
    }

    private List<SummaryLine> summaryLines(int end) {
        List<SummaryLine> lines = new ArrayList<>();
        for (int index = 0; index < end; index++) {
            Question question = questions().get(index);
            Proposal value = resolved().value(index);
            if (value != null) {
                lines.add(new SummaryLine(question.key(), question.title(), ValueText.display(value.value()),
                        value.origin()));
            }
        }
        return lines;
    }

    private boolean applies(int index) {
        return resolved().applies(index);
    }

    private int nextApplicable(int from) {
        for (int index = from; index < questions().size(); index++) {
            if (applies(index)) {
                return index;
            }
        }
        return questions().size();
    }

    private int stepNumber() {
        return countApplicable(position) + 1;
    }

    private int countApplicable(int end) {
        return resolved().countApplicable(end);
    }

    private ResolvedQuestions resolved() {
        if (resolved == null) {
            resolved = ResolvedQuestions.resolve(questions(), this::current);
        }
        return resolved;
    }

    /**
     * Returns the questions in asking order, with the per-service questions of the current service
     * list after it. Only answers before the list decide it, so the positions before it never move.
     */
    private List<Question> questions() {
        if (questions == null) {
            int listIndex = CATALOGUE.indexOf(ServiceQuestions.list());
            List<Question> ordered = new ArrayList<>(CATALOGUE.subList(0, listIndex + 1));
            AnswerMap values = valuesBefore(CATALOGUE, listIndex);
            if (ServiceQuestions.list().appliesTo(values)) {
                ordered.addAll(ServiceQuestions.forServices(current(ServiceQuestions.list(), values).value()));
            }
            ordered.addAll(CATALOGUE.subList(listIndex + 1, CATALOGUE.size()));
            questions = List.copyOf(ordered);
        }
        return questions;
    }

    private void requireAsking() {
        if (isComplete()) {
            throw new IllegalStateException("every question is answered; the summary is next");
        }
    }
}

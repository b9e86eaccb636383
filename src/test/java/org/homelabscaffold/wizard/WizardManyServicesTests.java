package org.homelabscaffold.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.homelabscaffold.answers.AnswerMap;
import org.homelabscaffold.answers.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks that the work of a step change does not grow with the square of the number of questions.
 * The tests count the proposals computed, because a count is exact where a wall-clock bound has to
 * be loose.
 */
@Timeout(60)
class WizardManyServicesTests {

    private static final int SERVICES = 60;

    private final CountingDefaults defaults = new CountingDefaults();
    private final WizardFlow flow = new WizardFlow(DetectedAnswers.none(), defaults);

    @Test
    void stepChangeComputesEachProposalAtMostTwice() {
        listServices();
        int maxProposals = 0;
        while (!flow.isComplete()) {
            defaults.proposals = 0;
            assertThat(flow.answer("")).isEmpty();
            showNext();
            maxProposals = Math.max(maxProposals, defaults.proposals);
        }
        List<SummaryLine> summary = flow.summary();

        assertThat(summary).extracting(SummaryLine::key).contains("services.svc59.healthcheck");
        assertThat(maxProposals).isLessThanOrEqualTo(2 * summary.size());
    }

    @Test
    void backComputesNoProposalPerService() {
        listServices();
        IntStream.range(0, 100).forEach(step -> flow.answer(""));
        defaults.proposals = 0;

        assertThat(flow.back()).isTrue();
        showNext();
        assertThat(defaults.proposals).isLessThan(SERVICES);
    }

    /** Answers the questions before the service list with their proposals, then lists svc0 to svc59. */
    private void listServices() {
        flow.answer("tools");
        flow.answer("go");
        while (!flow.step().question().key().equals("services")) {
            assertThat(flow.answer("")).isEmpty();
        }
        List<String> names = IntStream.range(0, SERVICES).mapToObj(index -> "svc" + index).toList();
        assertThat(flow.answer(String.join(", ", names))).isEmpty();
    }

    /** Reads what the full-screen wizard reads to draw the next screen. */
    private void showNext() {
        if (flow.isComplete()) {
            flow.summary();
        } else {
            flow.step();
            flow.answersSoFar();
        }
    }

    private static final class CountingDefaults extends DefaultValues {

        private int proposals;

        CountingDefaults() {
            super(DetectedAnswers.none());
        }

        @Override
        Proposal proposal(Question question, AnswerMap before) {
            proposals++;
            return super.proposal(question, before);
        }
    }
}

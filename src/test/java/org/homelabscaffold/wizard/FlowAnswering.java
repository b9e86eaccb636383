package org.homelabscaffold.wizard;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives a {@link WizardFlow} in tests: typed answers first, then the proposals. */
final class FlowAnswering {

    private FlowAnswering() {}

    /** Answers {@code answers} in order, then takes the proposals until the question {@code key}. */
    static void answerUntil(WizardFlow flow, String key, String... answers) {
        for (String answer : answers) {
            assertThat(flow.answer(answer)).isEmpty();
        }
        while (!flow.step().question().key().equals(key)) {
            String current = flow.step().question().key();
            assertThat(flow.answer("")).as(current).isEmpty();
        }
    }

    /** Answers {@code answers} in order, then takes the proposals until the flow is complete. */
    static void answerAll(WizardFlow flow, String... answers) {
        for (String answer : answers) {
            assertThat(flow.answer(answer)).isEmpty();
        }
        while (!flow.isComplete()) {
            String current = flow.step().question().key();
            assertThat(flow.answer("")).as(current).isEmpty();
        }
    }
}

package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.wizard.DetectedAnswers;
import org.homelabscaffold.wizard.WizardFlow;
import org.homelabscaffold.wizard.WizardOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command does with each way a wizard run can end. */
class InteractiveNewTests {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final List<Boolean> writes = new ArrayList<>();

    @Test
    void writeOutcomePassesReplaceDecision() throws Exception {
        int status = finish(new WizardOutcome.Write(completeAnswers(), true));

        assertThat(status).isZero();
        assertThat(writes).containsExactly(true);
    }

    @Test
    void saveOutcomeWritesAnswersFileOnly() throws Exception {
        Path file = work.resolve("saved/photos-answers.yaml");
        int status = finish(new WizardOutcome.SaveAnswers(completeAnswers(), file));

        assertThat(status).isZero();
        assertThat(writes).isEmpty();
        assertThat(Files.readString(file)).contains("name: photos\n").contains("language: go\n");
        assertThat(out.toString()).contains("saved the answers to " + file);
        assertThat(work.resolve("project")).doesNotExist();
    }

    @Test
    void interruptedOutcomeExitsWith130() {
        assertThatThrownBy(() -> finish(new WizardOutcome.Interrupted()))
                .isInstanceOf(CommandException.class)
                .hasMessage("interrupted; nothing was written")
                .extracting(exception -> ((CommandException) exception).status())
                .isEqualTo(ExitStatus.INTERRUPTED);
    }

    @Test
    void endedInputExitsWith2() {
        assertThatThrownBy(() -> finish(new WizardOutcome.InputEnded()))
                .isInstanceOf(CommandException.class)
                .hasMessage("standard input ended before every question was answered; nothing was written")
                .extracting(exception -> ((CommandException) exception).status())
                .isEqualTo(ExitStatus.INVALID);
    }

    private int finish(WizardOutcome outcome) throws Exception {
        GenerationWriter writer = (answers, detected, replaceDifferent) -> {
            writes.add(replaceDifferent);
            return ExitStatus.OK.code();
        };
        return InteractiveNew.finish(outcome, work.resolve("project"), DetectedAnswers.none(), writer,
                new PrintWriter(out));
    }

    private static AnswersReader.Given completeAnswers() {
        WizardFlow flow = new WizardFlow(DetectedAnswers.none());
        flow.answer("photos");
        flow.answer("go");
        while (!flow.isComplete()) {
            flow.answer("");
        }
        return flow.given();
    }
}

package org.homelabscaffold.wizard;

import java.nio.file.Path;
import org.homelabscaffold.answers.AnswersReader;

/** The end of a wizard run, which the command acts on after the wizard has released the terminal. */
public sealed interface WizardOutcome {

    /** Write the files; {@code replaceDifferent} when the user confirmed replacing files with other content. */
    record Write(AnswersReader.Given answers, boolean replaceDifferent) implements WizardOutcome {}

    /** Save the answers to {@code file}, in answers-file format, and write nothing else. */
    record SaveAnswers(AnswersReader.Given answers, Path file) implements WizardOutcome {}

    /** The user pressed Ctrl-C. */
    record Interrupted() implements WizardOutcome {}

    /** Standard input ended (Ctrl-D) before the wizard finished. */
    record InputEnded() implements WizardOutcome {}
}

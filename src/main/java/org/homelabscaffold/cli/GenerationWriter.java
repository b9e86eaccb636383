package org.homelabscaffold.cli;

import java.io.IOException;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;

/** Generates the files for answers and writes them, the same way for the wizard and for an answers file. */
@FunctionalInterface
interface GenerationWriter {

    /** Writes the files and returns the exit status; {@code replaceDifferent} allows replacing files with other content. */
    int write(AnswersReader.Given answers, Map<String, Object> detected, boolean replaceDifferent) throws IOException;
}

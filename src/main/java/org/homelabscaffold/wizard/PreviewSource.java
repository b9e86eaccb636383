package org.homelabscaffold.wizard;

import java.io.IOException;
import org.homelabscaffold.answers.AnswersReader;

/**
 * Generates the files for complete answers and compares them with the project folder, without
 * writing. The command supplies it, so the wizard itself never runs the engine.
 */
@FunctionalInterface
public interface PreviewSource {

    /**
     * Returns the planned changes for {@code answers}.
     *
     * @throws IOException when an existing file cannot be read
     * @throws org.homelabscaffold.answers.InvalidAnswersException when the answers cannot generate
     */
    Preview preview(AnswersReader.Given answers) throws IOException;
}

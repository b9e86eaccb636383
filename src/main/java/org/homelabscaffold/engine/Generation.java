package org.homelabscaffold.engine;

import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.output.GeneratedFile;

/** The files generated for one set of answers, with the warnings about costly choices. */
public record Generation(Answers answers, List<GeneratedFile> files, List<String> warnings) {

    public Generation {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}

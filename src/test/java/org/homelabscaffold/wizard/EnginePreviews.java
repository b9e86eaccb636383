package org.homelabscaffold.wizard;

import java.nio.file.Path;
import java.util.Map;
import org.homelabscaffold.engine.Generation;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.output.ChangePlanner;

/** A preview source backed by the real engine, as the command builds it. */
public final class EnginePreviews {

    private EnginePreviews() {}

    public static PreviewSource into(Path directory) {
        return answers -> {
            Generation generation = new Scaffolder().generate(answers, Map.of());
            return new Preview(directory, ChangePlanner.plan(directory, generation.files(), false),
                    generation.warnings());
        };
    }
}

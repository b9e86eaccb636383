package org.homelabscaffold.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homelabscaffold.answers.AnswersReader;
import org.homelabscaffold.answers.AnswersResolver;
import org.homelabscaffold.answers.AnswersWriter;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.recipe.ProjectPlan;
import org.homelabscaffold.recipe.Recipe;
import org.homelabscaffold.render.FileRenderer;

/**
 * The engine every front end drives: answers in, generated files out, with nothing written.
 * It is a pure function of its input, so the same answers always give the same bytes.
 */
public final class Scaffolder {

    /** File in the project folder that records the answers used, in answers-file format. */
    public static final String ANSWERS_FILE = ".homelab-scaffold.yaml";

    private final FileRenderer renderer = new FileRenderer();

    /**
     * Compiles the templates ahead of {@link #generate}. They do not depend on the answers, so a
     * front end can run this on another thread while it reads them.
     */
    public static void prepare() {
        FileRenderer.prepare();
    }

    /**
     * Resolves {@code given} answers against {@code detected} defaults and generates the files.
     *
     * @throws org.homelabscaffold.answers.InvalidAnswersException with every problem in the answers
     */
    public Generation generate(AnswersReader.Given given, Map<String, Object> detected) {
        AnswersResolver.Resolved resolved = AnswersResolver.resolve(given, detected);
        ProjectPlan plan = Recipe.plan(resolved.answers());
        List<GeneratedFile> files = new ArrayList<>(renderer.render(plan));
        files.add(new GeneratedFile(ANSWERS_FILE, AnswersWriter.write(resolved.answers()), false));
        return new Generation(resolved.answers(), files, resolved.warnings());
    }
}

package org.homelabscaffold.render;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.recipe.ProjectPlan;
import org.homelabscaffold.syntax.YamlQuoting;

/** Prints a {@link ProjectPlan} into the generated files, in a fixed order. */
public final class FileRenderer {

    private final TemplateRenderer templates = new TemplateRenderer();

    /**
     * Compiles the templates and the patterns of the YAML quoting that the views use. Neither
     * depends on a plan, so a front end can run this on another thread while it reads the answers.
     */
    public static void prepare() {
        TemplateRenderer.compileAll();
        YamlQuoting.scalar("");
    }

    public List<GeneratedFile> render(ProjectPlan plan) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Template template : Template.values()) {
            Object view = switch (template) {
                case DOCKERFILE -> Views.dockerfile(plan);
                case DOCKERIGNORE -> Views.dockerignore(plan);
                case COMPOSE -> Views.compose(plan);
                case BUILDX -> Views.buildx(plan);
            };
            files.add(new GeneratedFile(template.outputPath(), templates.render(template, view), template.executable()));
        }
        return files;
    }
}

package org.homelabscaffold.render;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.output.GeneratedFile;
import org.homelabscaffold.recipe.ProjectPlan;

/** Prints a {@link ProjectPlan} into the generated files, in a fixed order. */
public final class FileRenderer {

    private final TemplateRenderer templates = new TemplateRenderer();

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

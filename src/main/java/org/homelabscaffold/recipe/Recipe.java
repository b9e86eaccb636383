package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Language;
import org.homelabscaffold.answers.ServiceAnswers;
import org.homelabscaffold.recipe.BuildxPlan.Target;

/** Turns complete answers into a {@link ProjectPlan}; it decides everything the templates print. */
public final class Recipe {

    private Recipe() {}

    public static ProjectPlan plan(Answers answers) {
        DockerfileRecipe recipe = dockerfileRecipe(answers.language());
        DockerfilePlan dockerfile = withServiceArgument(answers, recipe.plan(answers));
        RuntimeSpec runtime = recipe.runtime(answers);
        ComposePlan compose = ComposeRecipe.plan(answers, runtime.user(),
                service -> runtime.service().apply(service).healthcheck());
        return new ProjectPlan(answers, dockerfile, IgnoreRecipe.plan(answers), compose, buildx(answers));
    }

    /**
     * Adds the global SERVICE argument that the last stage of a multi-service Dockerfile names. It
     * has no default because that stage's FROM line contains the default, as {@link RuntimeStages}
     * explains.
     */
    private static DockerfilePlan withServiceArgument(Answers answers, DockerfilePlan plan) {
        if (!answers.isMultiService()) {
            return plan;
        }
        List<DockerfilePlan.BuildArg> args = new ArrayList<>(plan.args());
        args.add(new DockerfilePlan.BuildArg(RuntimeStages.SERVICE_ARG, "", List.of(
                "The service a plain build yields; the last stage says which one it is by default.")));
        return new DockerfilePlan(args, plan.stages());
    }

    private static DockerfileRecipe dockerfileRecipe(Language language) {
        return switch (language) {
            case GO -> new GoDockerfile();
            case PYTHON -> new PythonDockerfile();
            case NODE -> new NodeDockerfile();
        };
    }

    private static BuildxPlan buildx(Answers answers) {
        List<Target> targets = new ArrayList<>();
        if (answers.hasMigration() && !answers.isMigrationSidecar()) {
            targets.add(new Target(RuntimeStages.MIGRATE, answers.image() + "-migrate"));
        }
        if (answers.isMultiService()) {
            for (ServiceAnswers service : answers.services()) {
                targets.add(new Target(service.name(), answers.imageOf(service)));
            }
        } else {
            targets.add(new Target(RuntimeStages.RUNTIME, answers.image()));
        }
        boolean nativeCompile = answers.language() == Language.GO && answers.nativeCode();
        return new BuildxPlan(answers.name(), answers.image(), answers.platforms(), targets, nativeCompile);
    }
}

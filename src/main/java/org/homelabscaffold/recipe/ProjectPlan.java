package org.homelabscaffold.recipe;

import java.util.List;
import org.homelabscaffold.answers.Answers;

/** Everything the recipe decided for one service, ready to be printed by the templates. */
public record ProjectPlan(Answers answers, DockerfilePlan dockerfile, IgnorePlan dockerignore, ComposePlan compose,
        BuildxPlan buildx) {}

package org.homelabscaffold.recipe;

import org.homelabscaffold.answers.Answers;

/** Decides the stages of the Dockerfile for one language. */
interface DockerfileRecipe {

    DockerfilePlan plan(Answers answers);

    /** Returns the runtime image's decisions, which compose repeats: its user and health check. */
    RuntimeSpec runtime(Answers answers);
}

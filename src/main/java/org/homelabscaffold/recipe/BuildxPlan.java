package org.homelabscaffold.recipe;

import java.util.List;

/**
 * The buildx script's defaults: the image, platforms, and one build per target (the app, and the
 * migration runner when there is one).
 */
public record BuildxPlan(String name, String image, List<String> platforms, List<Target> targets,
        boolean nativeCompile) {

    public BuildxPlan {
        platforms = List.copyOf(platforms);
        targets = List.copyOf(targets);
    }

    /** A Dockerfile target pushed as {@code image}. */
    public record Target(String stage, String image) {}
}

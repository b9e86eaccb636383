package org.homelabscaffold.answers;

/**
 * One service of the repository: its name, entrypoint, port (null for none) and health check.
 * A single-service project has one, made from the top-level answers.
 */
public record ServiceAnswers(String name, String entrypoint, Integer port, Healthcheck healthcheck, String healthPath) {

    /** Per-service keys of an entry in the {@code services} list, in the order they are written. */
    public static final java.util.List<String> KEYS = java.util.List.of(
            "name", "entrypoint", "port", "healthcheck", "healthPath");

    /** Stage and service names that the generated files use themselves. */
    public static final java.util.List<String> RESERVED_NAMES = java.util.List.of(
            "base", "build", "deps", "runtime", "runtime-base", "migrate", "db");
}

package org.homelabscaffold.answers;

/**
 * One service of the repository: its name, entrypoint, port (null for none) and health check.
 * A single-service project has one, made from the top-level answers.
 */
public record ServiceAnswers(String name, String entrypoint, Integer port, Healthcheck healthcheck, String healthPath) {

    /** Per-service keys of an entry in the {@code services} list, in the order they are written. */
    public static final java.util.List<String> KEYS = java.util.List.of(
            "name", "entrypoint", "port", "healthcheck", "healthPath");

    /**
     * Stage and service names that the generated files use themselves, the stage names that
     * BuildKit reserves ({@code scratch}, {@code context}), and {@code none}, which removes a service
     * in {@code --set services.NAME=none}.
     */
    public static final java.util.List<String> RESERVED_NAMES = java.util.List.of(
            "base", "build", "deps", "runtime", "runtime-base", "migrate", "db", "scratch", "context", "none");

    /** Prefix of the compile stage of each service, {@code build-NAME}. */
    public static final String BUILD_STAGE_PREFIX = "build-";

    /**
     * Returns whether {@code name} can name a stage of its own: no stage of the generated Dockerfile
     * uses it, and it starts with a letter, as BuildKit requires of stage names.
     */
    public static boolean isFreeStageName(String name) {
        return !name.isEmpty() && Character.isLetter(name.charAt(0)) && !RESERVED_NAMES.contains(name)
                && !name.startsWith(BUILD_STAGE_PREFIX);
    }
}

package org.homelabscaffold.answers;

import java.util.List;

/**
 * Complete, validated answers for one service: every key has a value, defaults included.
 *
 * <p>{@code port} is null when the service listens on no port and {@code migration} is null
 * when there is no migration. {@code services} is empty for a single service; when it lists
 * several, the top-level {@code entrypoint}, {@code port} and health check do not apply.
 */
public record Answers(
        int schema,
        String name,
        Language language,
        String version,
        boolean nativeCode,
        List<String> systemLibraries,
        Base base,
        Integer port,
        String entrypoint,
        Role role,
        Migration migration,
        Healthcheck healthcheck,
        String healthPath,
        PackageManager packageManager,
        boolean lockfile,
        boolean buildScript,
        List<String> runtimeFiles,
        List<String> dependencyFiles,
        List<String> platforms,
        String image,
        List<ServiceAnswers> services) {

    public Answers {
        systemLibraries = List.copyOf(systemLibraries);
        runtimeFiles = List.copyOf(runtimeFiles);
        dependencyFiles = List.copyOf(dependencyFiles);
        platforms = List.copyOf(platforms);
        services = List.copyOf(services);
    }

    /** Returns whether the answers list several services, built from one Dockerfile. */
    public boolean isMultiService() {
        return !services.isEmpty();
    }

    /** Returns the services to build: the listed ones, or the one the top-level answers describe. */
    public List<ServiceAnswers> serviceList() {
        if (isMultiService()) {
            return services;
        }
        return List.of(new ServiceAnswers(name, entrypoint, port, healthcheck, healthPath));
    }

    /**
     * Returns the image repository of {@code service}: the project's image for the service named like
     * the project, so adding services does not move it to another repository, else IMAGE-NAME.
     */
    public String imageOf(ServiceAnswers service) {
        return service.name().equals(name) ? image : image + "-" + service.name();
    }

    public boolean hasMigration() {
        return migration != null;
    }

    public boolean isMigrationSidecar() {
        return role == Role.MIGRATION_SIDECAR;
    }
}

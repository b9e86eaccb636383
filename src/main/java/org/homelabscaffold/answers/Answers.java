package org.homelabscaffold.answers;

import java.util.List;
import java.util.Optional;

/**
 * Complete, validated answers for one service: every key has a value, defaults included.
 *
 * <p>{@code port} is null when the service listens on no port and {@code migration} is null
 * when there is no migration.
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
        List<String> platforms,
        String image) {

    public Answers {
        systemLibraries = List.copyOf(systemLibraries);
        runtimeFiles = List.copyOf(runtimeFiles);
        platforms = List.copyOf(platforms);
    }

    public Optional<Migration> optionalMigration() {
        return Optional.ofNullable(migration);
    }

    public boolean hasMigration() {
        return migration != null;
    }

    public boolean isMigrationSidecar() {
        return role == Role.MIGRATION_SIDECAR;
    }
}

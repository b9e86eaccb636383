package org.homelabscaffold.recipe;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a language recipe decides about its runtime image; {@link RuntimeStages} turns it into the
 * runtime stage, plus a {@code migrate} stage sharing the same files when a migration is wanted.
 *
 * @param from base image of the runtime stage
 * @param description comment above the runtime stage
 * @param files adds the steps shared by the app and the migration runner: packages, user, files
 * @param user the non-root user
 * @param healthcheck exec-form health check command, or empty for none
 * @param noHealthcheckReason comment printed instead when there is no health check
 * @param entrypoint exec-form command that starts the app (or, for a migration sidecar, the runner)
 */
record RuntimeSpec(
        String from,
        String description,
        Consumer<StageBuilder> files,
        RuntimeUser user,
        List<String> healthcheck,
        String noHealthcheckReason,
        List<String> entrypoint) {}

package org.homelabscaffold.recipe;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.homelabscaffold.answers.ServiceAnswers;

/**
 * What a language recipe decides about its runtime images; {@link RuntimeStages} turns it into the
 * runtime stages, one per service, plus a {@code migrate} stage when a migration is wanted.
 *
 * @param from base image of the runtime stages
 * @param description comment above a service's runtime stage
 * @param sharedFiles adds the steps every service and the migration runner share: packages, user, files
 * @param serviceFiles adds the steps one service needs on top, such as copying its own binary
 * @param migrationNeeds tests whether the {@code migrate} stage of a multi-service project needs a
 *     service's {@code serviceFiles}, so that {@code --target migrate} builds only those services
 * @param user the non-root user
 * @param service decides how one service starts and reports its health
 */
record RuntimeSpec(
        String from,
        String description,
        Consumer<StageBuilder> sharedFiles,
        BiConsumer<StageBuilder, ServiceAnswers> serviceFiles,
        Predicate<ServiceAnswers> migrationNeeds,
        RuntimeUser user,
        Function<ServiceAnswers, ServiceStart> service) {

    /**
     * How one service starts.
     *
     * @param healthcheck exec-form health check command, or empty for none
     * @param noHealthcheckReason comment printed instead when there is no health check, or empty
     * @param entrypoint exec-form command that starts the service
     */
    record ServiceStart(List<String> healthcheck, String noHealthcheckReason, List<String> entrypoint) {}
}

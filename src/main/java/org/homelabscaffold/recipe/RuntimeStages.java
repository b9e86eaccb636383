package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.ServiceAnswers;
import org.homelabscaffold.recipe.DockerfilePlan.Stage;
import org.homelabscaffold.syntax.DockerfileSyntax;

/**
 * Builds the last stages of every Dockerfile. One service without a migration gets one
 * {@code runtime} stage. With a migration or several services, a shared {@code runtime-base}
 * stage comes first, then a {@code migrate} target and one target per service. The stage named
 * {@code runtime} is always last, so a plain build yields the app image, which is the first
 * service's unless the {@code SERVICE} build argument names another.
 */
final class RuntimeStages {

    static final String RUNTIME = "runtime";
    static final String MIGRATE = "migrate";
    static final String RUNTIME_BASE = "runtime-base";
    /** Build argument that picks the service a plain build yields, in a multi-service Dockerfile. */
    static final String SERVICE_ARG = "SERVICE";

    private RuntimeStages() {}

    static List<Stage> build(Answers answers, RuntimeSpec spec) {
        ServiceAnswers first = answers.serviceList().get(0);
        if (!answers.isMultiService() && (!answers.hasMigration() || answers.isMigrationSidecar())) {
            StageBuilder runtime = new StageBuilder(RUNTIME, spec.from()).describe(spec.description());
            spec.sharedFiles().accept(runtime);
            spec.serviceFiles().accept(runtime, first);
            runtime.why("Run as an unprivileged user with a fixed id.").step("USER " + spec.user().id());
            if (answers.isMigrationSidecar()) {
                sidecarStart(runtime, answers, spec.service().apply(first));
            } else {
                appStart(runtime, first, spec.service().apply(first));
            }
            return List.of(runtime.build());
        }
        List<Stage> stages = new ArrayList<>();
        StageBuilder base = new StageBuilder(RUNTIME_BASE, spec.from())
                .describe(answers.isMultiService() ? "Files shared by every service." : "Files shared by the"
                        + " migration runner and the app.");
        spec.sharedFiles().accept(base);
        if (!answers.isMultiService()) {
            spec.serviceFiles().accept(base, first);
        }
        base.step("USER " + spec.user().id());
        stages.add(base.build());
        if (answers.hasMigration()) {
            stages.add(migrateStage(answers, spec));
        }
        if (!answers.isMultiService()) {
            StageBuilder runtime = new StageBuilder(RUNTIME, RUNTIME_BASE).describe(spec.description());
            appStart(runtime, first, spec.service().apply(first));
            stages.add(runtime.build());
            return stages;
        }
        for (ServiceAnswers service : answers.services()) {
            StageBuilder stage = new StageBuilder(service.name(), RUNTIME_BASE)
                    .describe("The " + service.name() + " service: build it with --target " + service.name() + ".");
            spec.serviceFiles().accept(stage, service);
            appStart(stage, service, spec.service().apply(service));
            stages.add(stage.build());
        }
        stages.add(serviceSelectionStage(answers));
        return stages;
    }

    /**
     * Builds the last stage of a multi-service Dockerfile, {@code FROM ${SERVICE:-FIRST}}. The
     * default sits in the FROM line and the ARG has none, because buildah 1.28 expands only
     * {@code --build-arg} values, not ARG defaults, when it decides which stages a build needs. With
     * {@code ARG SERVICE=FIRST} it skipped the FIRST stage and then looked for an image of that name.
     */
    private static Stage serviceSelectionStage(Answers answers) {
        String first = answers.services().get(0).name();
        String last = answers.services().get(answers.services().size() - 1).name();
        return new StageBuilder(RUNTIME, "${" + SERVICE_ARG + ":-" + first + "}")
                .describe("A plain build yields " + first + ", or the service that the " + SERVICE_ARG
                                + " build argument names,",
                        "for example --build-arg " + SERVICE_ARG + "=" + last + ". BuildKit builds only the stages that",
                        "service needs, but the legacy builder builds every stage. The default is written",
                        "in the FROM line, not the ARG line, because buildah 1.28 ignores ARG defaults when",
                        "it picks the stages to build and would skip the " + first + " stage.")
                .build();
    }

    private static Stage migrateStage(Answers answers, RuntimeSpec spec) {
        StageBuilder migrate = new StageBuilder(MIGRATE, RUNTIME_BASE)
                .describe("One-shot migration runner: build it with --target migrate; compose runs it before the app.");
        if (answers.isMultiService()) {
            for (ServiceAnswers service : answers.services()) {
                if (spec.migrationNeeds().test(service)) {
                    spec.serviceFiles().accept(migrate, service);
                }
            }
        }
        return migrate.step("ENTRYPOINT " + DockerfileSyntax.execForm(answers.migration().command())).build();
    }

    private static void sidecarStart(StageBuilder runtime, Answers answers, RuntimeSpec.ServiceStart start) {
        runtime.why("Applies the migrations and exits; an app started after it can wait for",
                "it with depends_on: condition: service_completed_successfully.")
                .step("ENTRYPOINT " + DockerfileSyntax.execForm(start.entrypoint()));
        if (!answers.migration().command().isEmpty()) {
            runtime.why("Arguments for the runner; `docker run IMAGE ARGS` replaces them.")
                    .step("CMD " + DockerfileSyntax.execForm(answers.migration().command()));
        }
    }

    private static void appStart(StageBuilder runtime, ServiceAnswers service, RuntimeSpec.ServiceStart start) {
        if (service.port() != null) {
            runtime.step("EXPOSE " + service.port());
        }
        if (!start.healthcheck().isEmpty()) {
            runtime.step(List.of("HEALTHCHECK --interval=" + Healthchecks.INTERVAL + " --timeout=" + Healthchecks.TIMEOUT
                            + " --start-period=" + Healthchecks.START_PERIOD + " --retries=" + Healthchecks.RETRIES,
                    "CMD " + DockerfileSyntax.execForm(start.healthcheck())));
        } else if (!start.noHealthcheckReason().isEmpty()) {
            runtime.why(start.noHealthcheckReason());
        }
        runtime.step("ENTRYPOINT " + DockerfileSyntax.execForm(start.entrypoint()));
    }
}

package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.recipe.DockerfilePlan.Stage;
import org.homelabscaffold.syntax.DockerfileSyntax;

/**
 * Builds the last stages of every Dockerfile: the runtime stage, and with a migration a shared
 * {@code runtime-base} stage plus a {@code migrate} target. The runtime stage stays last, so a
 * plain build yields the app image.
 */
final class RuntimeStages {

    static final String RUNTIME = "runtime";
    static final String MIGRATE = "migrate";
    static final String RUNTIME_BASE = "runtime-base";

    private RuntimeStages() {}

    static List<Stage> build(Answers answers, RuntimeSpec spec) {
        if (!answers.hasMigration() || answers.isMigrationSidecar()) {
            StageBuilder runtime = new StageBuilder(RUNTIME, spec.from()).describe(spec.description());
            spec.files().accept(runtime);
            finish(runtime, answers, spec);
            return List.of(runtime.build());
        }
        List<Stage> stages = new ArrayList<>();
        StageBuilder base = new StageBuilder(RUNTIME_BASE, spec.from())
                .describe("Files shared by the migration runner and the app.");
        spec.files().accept(base);
        base.step("USER " + spec.user().id());
        stages.add(base.build());
        stages.add(new StageBuilder(MIGRATE, RUNTIME_BASE)
                .describe("One-shot migration runner: build it with --target migrate; compose runs it before the app.")
                .step("ENTRYPOINT " + DockerfileSyntax.execForm(answers.migration().command()))
                .build());
        StageBuilder runtime = new StageBuilder(RUNTIME, RUNTIME_BASE).describe(spec.description());
        appStart(runtime, answers, spec);
        stages.add(runtime.build());
        return stages;
    }

    private static void finish(StageBuilder runtime, Answers answers, RuntimeSpec spec) {
        runtime.why("Run as an unprivileged user with a fixed id.").step("USER " + spec.user().id());
        if (answers.isMigrationSidecar()) {
            runtime.why("Applies the migrations and exits; an app started after it can wait for",
                    "it with depends_on: condition: service_completed_successfully.")
                    .step("ENTRYPOINT " + DockerfileSyntax.execForm(spec.entrypoint()));
            if (!answers.migration().command().isEmpty()) {
                runtime.why("Arguments for the runner; `docker run IMAGE ARGS` replaces them.")
                        .step("CMD " + DockerfileSyntax.execForm(answers.migration().command()));
            }
            return;
        }
        appStart(runtime, answers, spec);
    }

    private static void appStart(StageBuilder runtime, Answers answers, RuntimeSpec spec) {
        if (answers.port() != null) {
            runtime.step("EXPOSE " + answers.port());
        }
        if (!spec.healthcheck().isEmpty()) {
            runtime.step(List.of("HEALTHCHECK --interval=" + Healthchecks.INTERVAL + " --timeout=" + Healthchecks.TIMEOUT
                            + " --start-period=" + Healthchecks.START_PERIOD + " --retries=" + Healthchecks.RETRIES,
                    "CMD " + DockerfileSyntax.execForm(spec.healthcheck())));
        } else if (!spec.noHealthcheckReason().isEmpty()) {
            runtime.why(spec.noHealthcheckReason());
        }
        runtime.step("ENTRYPOINT " + DockerfileSyntax.execForm(spec.entrypoint()));
    }
}

package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.DefaultVersions;
import org.homelabscaffold.answers.Healthcheck;
import org.homelabscaffold.recipe.DockerfilePlan.BuildArg;
import org.homelabscaffold.recipe.DockerfilePlan.Stage;
import org.homelabscaffold.recipe.OsPackages.Distro;

/**
 * Dockerfile for a Node.js service: production dependencies installed in one stage, the build (when
 * package.json has one) in another, and only node_modules plus the app's files in the runtime.
 */
final class NodeDockerfile implements DockerfileRecipe {

    private static final String DISTROLESS_NODE = "/nodejs/bin/node";

    @Override
    public DockerfilePlan plan(Answers answers) {
        List<BuildArg> args = new ArrayList<>();
        args.add(new BuildArg("NODE_VERSION", answers.version()));
        if (distro(answers) == Distro.ALPINE) {
            args.add(new BuildArg("ALPINE_VERSION", DefaultVersions.ALPINE));
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(baseStage(answers));
        stages.add(new StageBuilder("deps", "base")
                .describe("Production dependencies only, for the runtime image.")
                .step(NodeInstall.install(answers, true))
                .build());
        if (answers.buildScript()) {
            stages.add(new StageBuilder("build", "base")
                    .describe("All dependencies, dev ones included, to run the build script.")
                    .step(NodeInstall.install(answers, false))
                    .step("COPY . .")
                    .step(NodeInstall.runBuild(answers))
                    .build());
        }
        stages.addAll(RuntimeStages.build(answers, runtime(answers)));
        return new DockerfilePlan(args, stages);
    }

    private static Stage baseStage(Answers answers) {
        Distro distro = distro(answers);
        StageBuilder base = new StageBuilder("base", builderImage(answers))
                .describe("Toolchain and dependency manifests shared by the install stages.");
        if (answers.nativeCode()) {
            List<String> packages = new ArrayList<>(List.of("python3", "make", "g++"));
            packages.addAll(OsPackages.buildPackages(distro, answers.systemLibraries()));
            base.why("node-gyp compiles native addons with python3, make and g++.")
                    .step(OsPackages.install(distro, packages));
        }
        if (NodeInstall.needsCorepack(answers)) {
            base.why("corepack provides the package manager version package.json names.").step("RUN corepack enable");
        }
        base.step("WORKDIR /app");
        base.why("Manifests before the source, so a code change reuses the install layers.")
                .step("COPY " + String.join(" ", NodeInstall.manifests(answers)) + " ./");
        DependencyFiles.copy(base, answers);
        return base.build();
    }

    @Override
    public RuntimeSpec runtime(Answers answers) {
        boolean distroless = answers.base() == Base.DISTROLESS;
        RuntimeUser user = distroless ? RuntimeUser.NONROOT : RuntimeUser.NODE;
        String node = distroless ? DISTROLESS_NODE : "node";
        // Every service and the migration runner run from the one app folder in the shared files,
        // so no stage adds files of its own.
        return new RuntimeSpec(runtimeImage(answers), description(answers), stage -> files(stage, answers),
                (stage, service) -> { }, service -> false, user,
                service -> new RuntimeSpec.ServiceStart(
                        Healthchecks.wanted(answers, service, Healthcheck.HTTP)
                                ? Healthchecks.node(node, service)
                                : List.of(),
                        "", List.of(node, service.entrypoint())));
    }

    private static void files(StageBuilder stage, Answers answers) {
        Distro distro = distro(answers);
        List<String> runtimePackages = OsPackages.runtimePackages(distro, answers.systemLibraries());
        if (answers.nativeCode() && !runtimePackages.isEmpty() && answers.base() != Base.DISTROLESS) {
            stage.why("Shared libraries the native addons load; their headers stay in the build stages.")
                    .step(OsPackages.install(distro, runtimePackages));
        }
        stage.step("ENV NODE_ENV=production");
        stage.step("WORKDIR /app");
        stage.step("COPY package.json ./");
        stage.step("COPY --from=deps /app/node_modules ./node_modules");
        if (answers.buildScript()) {
            stage.why("Only the build output, not the sources or dev dependencies.");
            for (String output : buildOutputs(answers)) {
                stage.step("COPY --from=build /app/" + output + " ./" + output);
            }
            RuntimeFiles.copy(stage, answers);
        } else {
            stage.why("The source last, so a code change rebuilds only this layer. The files stay owned by",
                    "root, so the app cannot change its own code.")
                    .step("COPY . .");
        }
    }

    /** Returns the build output folders (or top-level files) the services' entrypoints are in. */
    static List<String> buildOutputs(Answers answers) {
        return answers.serviceList().stream().map(service -> buildOutput(service.entrypoint())).distinct().toList();
    }

    /** Returns the folder the build writes the entrypoint into, or the entrypoint itself at the top level. */
    static String buildOutput(String entrypoint) {
        String path = entrypoint.startsWith("./") ? entrypoint.substring(2) : entrypoint;
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static String builderImage(Answers answers) {
        return distro(answers) == Distro.ALPINE
                ? "node:${NODE_VERSION}-alpine${ALPINE_VERSION}"
                : "node:${NODE_VERSION}-" + DefaultVersions.DEBIAN + "-slim";
    }

    private static String runtimeImage(Answers answers) {
        return switch (answers.base()) {
            case DISTROLESS -> "gcr.io/distroless/nodejs${NODE_VERSION}-" + DefaultVersions.DISTROLESS_DEBIAN
                    + ":nonroot";
            case ALPINE -> "node:${NODE_VERSION}-alpine${ALPINE_VERSION}";
            default -> "node:${NODE_VERSION}-" + DefaultVersions.DEBIAN + "-slim";
        };
    }

    private static String description(Answers answers) {
        return switch (answers.base()) {
            case DISTROLESS -> "Runtime: distroless Node.js; no shell, no npm and no package manager.";
            case ALPINE -> "Runtime: Alpine Node.js, running node directly (not npm) so signals reach the app.";
            default -> "Runtime: Debian slim Node.js, running node directly (not npm) so signals reach the app.";
        };
    }

    /** Alpine only when the runtime is Alpine: distroless needs a glibc (Debian) builder. */
    private static Distro distro(Answers answers) {
        return answers.base() == Base.ALPINE ? Distro.ALPINE : Distro.DEBIAN;
    }
}

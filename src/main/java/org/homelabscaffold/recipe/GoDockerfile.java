package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Base;
import org.homelabscaffold.answers.DefaultVersions;
import org.homelabscaffold.answers.Healthcheck;
import org.homelabscaffold.answers.ServiceAnswers;
import org.homelabscaffold.recipe.DockerfilePlan.BuildArg;
import org.homelabscaffold.recipe.DockerfilePlan.Stage;
import org.homelabscaffold.recipe.OsPackages.Distro;

/** Dockerfile for a Go service: one static (or, with cgo, dynamic) binary in a small runtime image. */
final class GoDockerfile implements DockerfileRecipe {

    private static final String MODULE_CACHE = "--mount=type=cache,target=/go/pkg/mod";
    private static final String BUILD_CACHE = "--mount=type=cache,target=/root/.cache/go-build";

    @Override
    public DockerfilePlan plan(Answers answers) {
        List<BuildArg> args = new ArrayList<>();
        args.add(new BuildArg("GO_VERSION", answers.version()));
        if (usesAlpine(answers)) {
            args.add(new BuildArg("ALPINE_VERSION", DefaultVersions.ALPINE));
        }
        List<Stage> stages = new ArrayList<>();
        if (answers.isMultiService()) {
            stages.add(buildStage(answers, "deps").build());
            for (ServiceAnswers service : answers.services()) {
                StageBuilder build = new StageBuilder("build-" + service.name(), "deps")
                        .describe("Compiles " + service.name() + " only; the modules come from the deps stage.");
                stages.add(compile(build, answers, service).build());
            }
        } else {
            stages.add(compile(buildStage(answers, "build"), answers, answers.serviceList().get(0)).build());
        }
        stages.addAll(RuntimeStages.build(answers, runtime(answers)));
        return new DockerfilePlan(args, stages);
    }

    private static StageBuilder buildStage(Answers answers, String name) {
        boolean cgo = answers.nativeCode();
        Distro distro = builderDistro(answers);
        String image = distro == Distro.ALPINE
                ? "golang:${GO_VERSION}-alpine${ALPINE_VERSION}"
                : "golang:${GO_VERSION}-" + DefaultVersions.DEBIAN;
        StageBuilder build = cgo
                ? new StageBuilder(name, image).describe(
                        "cgo needs a C toolchain for the target, so this stage runs on the target platform:",
                        "arm64 builds under QEMU unless the builder has an arm64 node.")
                : new StageBuilder(name, "--platform=$BUILDPLATFORM " + image).describe(
                        "Runs on the build machine's platform and cross-compiles for the target, so the",
                        "arm64 image builds at native speed instead of under QEMU.");
        List<String> packages = new ArrayList<>();
        if (answers.base() == Base.SCRATCH) {
            packages.addAll(List.of("ca-certificates", "tzdata"));
        }
        if (cgo) {
            packages.addAll(OsPackages.compiler(distro));
            packages.addAll(OsPackages.buildPackages(distro, answers.systemLibraries()));
        }
        if (!packages.isEmpty()) {
            build.why(answers.base() == Base.SCRATCH
                    ? "CA certificates and time zones to copy into the empty runtime image."
                    : "The C compiler and headers cgo links against.")
                    .step(OsPackages.install(distro, packages));
        }
        build.step("WORKDIR /src");
        build.why("Modules download before the source is copied, so a source change reuses this layer.")
                .step(answers.lockfile() ? "COPY go.mod go.sum ./" : "COPY go.mod ./");
        DependencyFiles.copy(build, answers);
        build.step("RUN " + MODULE_CACHE + " go mod download")
                .step("COPY . .");
        if (!cgo) {
            build.step("ARG TARGETOS TARGETARCH");
        }
        return build;
    }

    private static StageBuilder compile(StageBuilder build, Answers answers, ServiceAnswers service) {
        List<String> compile = new ArrayList<>();
        compile.add("RUN " + MODULE_CACHE + " " + BUILD_CACHE);
        if (answers.nativeCode()) {
            compile.add("CGO_ENABLED=1 go build -trimpath -ldflags=\"-s -w\"");
            build.why("-trimpath and -s -w leave out local paths and debug symbols.");
        } else {
            compile.add("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\"-s -w\"");
            build.why("CGO_ENABLED=0 gives a static binary; -trimpath and -s -w leave out local paths and",
                    "debug symbols.");
        }
        compile.add("-o /out/" + service.name() + " " + service.entrypoint());
        return build.step(compile);
    }

    @Override
    public RuntimeSpec runtime(Answers answers) {
        Distro distro = runtimeDistro(answers);
        RuntimeUser user = distro == Distro.NONE ? RuntimeUser.NONROOT : RuntimeUser.created(distro);
        return new RuntimeSpec(runtimeImage(answers), runtimeDescription(answers),
                stage -> sharedFiles(stage, answers, distro, user),
                (stage, service) -> stage.step("COPY --from=" + buildStageOf(answers, service) + " /out/"
                        + service.name() + " " + binary(service)),
                service -> migrationNeeds(answers, service), user, service -> start(answers, distro, service));
    }

    /**
     * Returns whether the migrate stage needs the binary of {@code service}. A migration command that
     * starts a service binary gets only the binaries it names, so {@code --target migrate} compiles
     * only those. Any other command, such as a shell, may run any binary, so it gets them all.
     */
    private static boolean migrationNeeds(Answers answers, ServiceAnswers service) {
        List<String> command = answers.migration().command();
        boolean startsServiceBinary = !command.isEmpty() && answers.services().stream()
                .anyMatch(other -> command.get(0).equals(other.name()) || command.get(0).equals(binary(other)));
        if (!startsServiceBinary) {
            return true;
        }
        return command.stream().anyMatch(word -> word.equals(service.name()) || word.contains(binary(service)));
    }

    private static RuntimeSpec.ServiceStart start(Answers answers, Distro distro, ServiceAnswers service) {
        List<String> healthcheck = List.of();
        if (Healthchecks.wanted(answers, service, Healthcheck.HTTP)) {
            healthcheck = Healthchecks.wget(service);
        } else if (Healthchecks.wanted(answers, service, Healthcheck.SUBCOMMAND)) {
            healthcheck = Healthchecks.subcommand(binary(service));
        }
        String noHealthcheck = answers.isMigrationSidecar() || distro != Distro.NONE
                || service.healthcheck() != Healthcheck.NONE ? ""
                : "No HEALTHCHECK: " + answers.base().key() + " has no tool to probe with; set healthcheck:"
                        + " subcommand if the binary has a health subcommand.";
        return new RuntimeSpec.ServiceStart(healthcheck, noHealthcheck, List.of(binary(service)));
    }

    private static String binary(ServiceAnswers service) {
        return "/usr/local/bin/" + service.name();
    }

    private static String buildStageOf(Answers answers, ServiceAnswers service) {
        return answers.isMultiService() ? "build-" + service.name() : "build";
    }

    private static void sharedFiles(StageBuilder stage, Answers answers, Distro distro, RuntimeUser user) {
        if (distro != Distro.NONE) {
            List<String> packages = new ArrayList<>(List.of("ca-certificates", "tzdata"));
            packages.addAll(OsPackages.runtimePackages(distro, answers.systemLibraries()));
            stage.why("Runtime libraries only: no compiler or headers.").step(OsPackages.install(distro, packages));
            stage.step(user.createLines());
        }
        String certificatesFrom = answers.isMultiService() ? "deps" : "build";
        if (answers.base() == Base.SCRATCH) {
            stage.why("scratch is empty: TLS needs the CA bundle and time.LoadLocation the zone files.")
                    .step("COPY --from=" + certificatesFrom + " /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/")
                    .step("COPY --from=" + certificatesFrom + " /usr/share/zoneinfo /usr/share/zoneinfo");
        }
        stage.step("WORKDIR /app");
        RuntimeFiles.copy(stage, answers);
    }

    private static String runtimeImage(Answers answers) {
        return switch (answers.base()) {
            case SCRATCH -> "scratch";
            case DISTROLESS -> "gcr.io/distroless/" + (answers.nativeCode() ? "base" : "static") + "-"
                    + DefaultVersions.DISTROLESS_DEBIAN + ":nonroot";
            case ALPINE -> "alpine:${ALPINE_VERSION}";
            case SLIM -> "debian:" + DefaultVersions.DEBIAN + "-slim";
        };
    }

    private static String runtimeDescription(Answers answers) {
        return switch (answers.base()) {
            case SCRATCH -> "Runtime: an empty image with only the binary, CA certificates and time zones.";
            case DISTROLESS -> "Runtime: distroless, with " + (answers.nativeCode() ? "glibc, " : "")
                    + "CA certificates and time zones; no shell and no package manager.";
            case ALPINE -> "Runtime: Alpine, with a shell and busybox for debugging.";
            case SLIM -> "Runtime: Debian slim, with glibc and a shell for debugging.";
        };
    }

    private static boolean usesAlpine(Answers answers) {
        return builderDistro(answers) == Distro.ALPINE || answers.base() == Base.ALPINE;
    }

    /** Builds on Alpine unless cgo output must link the glibc of a Debian runtime. */
    private static Distro builderDistro(Answers answers) {
        return answers.nativeCode() && answers.base() != Base.ALPINE ? Distro.DEBIAN : Distro.ALPINE;
    }

    private static Distro runtimeDistro(Answers answers) {
        return switch (answers.base()) {
            case ALPINE -> Distro.ALPINE;
            case SLIM -> Distro.DEBIAN;
            default -> Distro.NONE;
        };
    }
}

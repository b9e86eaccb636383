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
        stages.add(buildStage(answers));
        stages.addAll(RuntimeStages.build(answers, runtime(answers)));
        return new DockerfilePlan(args, stages);
    }

    private static Stage buildStage(Answers answers) {
        boolean cgo = answers.nativeCode();
        Distro distro = builderDistro(answers);
        String image = distro == Distro.ALPINE
                ? "golang:${GO_VERSION}-alpine${ALPINE_VERSION}"
                : "golang:${GO_VERSION}-" + DefaultVersions.DEBIAN;
        StageBuilder build = cgo
                ? new StageBuilder("build", image).describe(
                        "cgo needs a C toolchain for the target, so this stage runs on the target platform:",
                        "arm64 builds under QEMU unless the builder has an arm64 node.")
                : new StageBuilder("build", "--platform=$BUILDPLATFORM " + image).describe(
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
                .step(answers.lockfile() ? "COPY go.mod go.sum ./" : "COPY go.mod ./")
                .step("RUN " + MODULE_CACHE + " go mod download")
                .step("COPY . .");
        List<String> compile = new ArrayList<>();
        compile.add("RUN " + MODULE_CACHE + " " + BUILD_CACHE);
        if (cgo) {
            compile.add("CGO_ENABLED=1 go build -trimpath -ldflags=\"-s -w\"");
            build.why("-trimpath and -s -w leave out local paths and debug symbols.");
        } else {
            build.step("ARG TARGETOS TARGETARCH");
            compile.add("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\"-s -w\"");
            build.why("CGO_ENABLED=0 gives a static binary; -trimpath and -s -w leave out local paths and",
                    "debug symbols.");
        }
        compile.add("-o /out/" + answers.name() + " " + answers.entrypoint());
        return build.step(compile).build();
    }

    @Override
    public RuntimeSpec runtime(Answers answers) {
        String binary = "/usr/local/bin/" + answers.name();
        Distro distro = runtimeDistro(answers);
        RuntimeUser user = distro == Distro.NONE ? RuntimeUser.NONROOT : RuntimeUser.created(distro);
        List<String> healthcheck = List.of();
        if (Healthchecks.wanted(answers, Healthcheck.HTTP)) {
            healthcheck = Healthchecks.wget(answers);
        } else if (Healthchecks.wanted(answers, Healthcheck.SUBCOMMAND)) {
            healthcheck = Healthchecks.subcommand(binary);
        }
        String noHealthcheck = answers.isMigrationSidecar() || distro != Distro.NONE ? ""
                : "No HEALTHCHECK: " + answers.base().key() + " has no tool to probe with; set healthcheck:"
                        + " subcommand if the binary has a health subcommand.";
        return new RuntimeSpec(runtimeImage(answers), runtimeDescription(answers),
                stage -> files(stage, answers, distro, user, binary), user, healthcheck,
                answers.healthcheck() == Healthcheck.NONE ? noHealthcheck : "", List.of(binary));
    }

    private static void files(StageBuilder stage, Answers answers, Distro distro, RuntimeUser user, String binary) {
        if (distro != Distro.NONE) {
            List<String> packages = new ArrayList<>(List.of("ca-certificates", "tzdata"));
            packages.addAll(OsPackages.runtimePackages(distro, answers.systemLibraries()));
            stage.why("Runtime libraries only: no compiler or headers.").step(OsPackages.install(distro, packages));
            stage.step(user.createLines());
        }
        if (answers.base() == Base.SCRATCH) {
            stage.why("scratch is empty: TLS needs the CA bundle and time.LoadLocation the zone files.")
                    .step("COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/")
                    .step("COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo");
        }
        stage.step("WORKDIR /app");
        stage.step("COPY --from=build /out/" + answers.name() + " " + binary);
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

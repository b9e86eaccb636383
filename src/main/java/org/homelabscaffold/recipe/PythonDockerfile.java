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
 * Dockerfile for a Python service. Dependencies go into a virtual environment at /opt/venv, built
 * on the same Python and libc as the runtime image and copied to the same path. On distroless,
 * whose interpreter lives elsewhere, they go into a plain folder on {@code PYTHONPATH} instead.
 */
final class PythonDockerfile implements DockerfileRecipe {

    static final String VENV = "/opt/venv";
    static final String SITE_PACKAGES = "/opt/site-packages";
    private static final String DISTROLESS_PYTHON = "/usr/bin/python3";

    @Override
    public DockerfilePlan plan(Answers answers) {
        List<BuildArg> args = new ArrayList<>();
        if (answers.base() != Base.DISTROLESS) {
            args.add(new BuildArg("PYTHON_VERSION", answers.version()));
        }
        if (answers.base() == Base.ALPINE) {
            args.add(new BuildArg("ALPINE_VERSION", DefaultVersions.ALPINE));
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(buildStage(answers));
        stages.addAll(RuntimeStages.build(answers, runtime(answers)));
        return new DockerfilePlan(args, stages);
    }

    private static Stage buildStage(Answers answers) {
        Distro distro = distro(answers);
        StageBuilder build = new StageBuilder("build", builderImage(answers));
        if (answers.base() == Base.DISTROLESS) {
            build.describe("Same Python and Debian release as the distroless runtime, so compiled packages import there.");
        } else {
            build.describe("Installs the dependencies, with a compiler when they need one; none of it reaches the runtime.");
        }
        if (answers.nativeCode()) {
            List<String> packages = new ArrayList<>(OsPackages.compiler(distro));
            packages.addAll(OsPackages.buildPackages(distro, answers.systemLibraries()));
            build.why("Compiler and headers for C extensions.").step(OsPackages.install(distro, packages));
        }
        if (answers.base() != Base.DISTROLESS) {
            build.why("A virtual environment at a fixed path, copied whole into the runtime image.")
                    .step("RUN python -m venv " + VENV)
                    .step("ENV PATH=" + VENV + "/bin:$PATH");
        }
        build.step("WORKDIR /app");
        PythonInstall.addSteps(build, answers);
        return build.build();
    }

    @Override
    public RuntimeSpec runtime(Answers answers) {
        Distro distro = distro(answers);
        boolean distroless = answers.base() == Base.DISTROLESS;
        RuntimeUser user = distroless ? RuntimeUser.NONROOT : RuntimeUser.created(distro);
        String interpreter = distroless ? DISTROLESS_PYTHON : "python";
        // Every service and the migration runner run from the one source tree in the shared files,
        // so no stage adds files of its own.
        return new RuntimeSpec(runtimeImage(answers), description(answers),
                stage -> files(stage, answers, distro, user), (stage, service) -> { }, service -> false, user,
                service -> new RuntimeSpec.ServiceStart(
                        Healthchecks.wanted(answers, service, Healthcheck.HTTP)
                                ? Healthchecks.python(interpreter, service)
                                : List.of(),
                        "", entrypoint(interpreter, service.entrypoint())));
    }

    private static void files(StageBuilder stage, Answers answers, Distro distro, RuntimeUser user) {
        List<String> runtimePackages = OsPackages.runtimePackages(distro, answers.systemLibraries());
        if (answers.nativeCode() && !runtimePackages.isEmpty()) {
            stage.why("Shared libraries the C extensions load; their headers stay in the build stage.")
                    .step(OsPackages.install(distro, runtimePackages));
        }
        boolean distroless = answers.base() == Base.DISTROLESS;
        stage.why("No .pyc writes on a read-only root filesystem, and logs appear at once.")
                .step("ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 "
                        + (distroless ? "PYTHONPATH=" + SITE_PACKAGES : "PATH=" + VENV + "/bin:$PATH"));
        if (!user.createLines().isEmpty()) {
            stage.step(user.createLines());
        }
        stage.step("WORKDIR /app");
        String packages = distroless ? SITE_PACKAGES : VENV;
        stage.step("COPY --from=build " + packages + " " + packages);
        stage.why("The source last, so a code change rebuilds only this layer. The files stay owned by",
                "root, so the app cannot change its own code.").step("COPY . .");
    }

    static List<String> entrypoint(String interpreter, String entrypoint) {
        return entrypoint.endsWith(".py")
                ? List.of(interpreter, entrypoint)
                : List.of(interpreter, "-m", entrypoint);
    }

    private static String builderImage(Answers answers) {
        return switch (answers.base()) {
            case DISTROLESS -> "python:" + DefaultVersions.DISTROLESS_PYTHON + "-slim-" + DefaultVersions.DEBIAN;
            case ALPINE -> "python:${PYTHON_VERSION}-alpine${ALPINE_VERSION}";
            default -> "python:${PYTHON_VERSION}-slim-" + DefaultVersions.DEBIAN;
        };
    }

    private static String runtimeImage(Answers answers) {
        return switch (answers.base()) {
            case DISTROLESS -> "gcr.io/distroless/python3-" + DefaultVersions.DISTROLESS_DEBIAN + ":nonroot";
            case ALPINE -> "python:${PYTHON_VERSION}-alpine${ALPINE_VERSION}";
            default -> "python:${PYTHON_VERSION}-slim-" + DefaultVersions.DEBIAN;
        };
    }

    private static String description(Answers answers) {
        return switch (answers.base()) {
            case DISTROLESS -> "Runtime: distroless Python " + DefaultVersions.DISTROLESS_PYTHON
                    + "; no shell and no package manager.";
            case ALPINE -> "Runtime: the same Alpine Python image, without the compiler.";
            default -> "Runtime: the same slim Python image, without the compiler.";
        };
    }

    private static Distro distro(Answers answers) {
        return answers.base() == Base.ALPINE ? Distro.ALPINE : Distro.DEBIAN;
    }
}

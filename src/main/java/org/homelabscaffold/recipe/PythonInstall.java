package org.homelabscaffold.recipe;

import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Base;

/**
 * The dependency install steps of a Python build stage, per package manager. Manifests and lock
 * files are copied before the source, so a source change does not re-run the install.
 */
final class PythonInstall {

    private static final String PIP_CACHE = "RUN --mount=type=cache,target=/root/.cache/pip";
    /** Tools such as poetry and uv live in their own environment, so they never reach the app's. */
    private static final String TOOLS = "/opt/tools";

    private PythonInstall() {}

    static void addSteps(StageBuilder build, Answers answers) {
        boolean distroless = answers.base() == Base.DISTROLESS;
        String target = distroless ? " --target " + PythonDockerfile.SITE_PACKAGES : "";
        switch (answers.packageManager()) {
            case POETRY -> poetry(build, answers, target);
            case UV -> uv(build, answers, target);
            default -> pip(build, answers, target);
        }
    }

    private static void pip(StageBuilder build, Answers answers, String target) {
        if (answers.lockfile()) {
            build.why("Dependencies before the source, so a code change reuses this layer.")
                    .step("COPY requirements.txt ./");
            DependencyFiles.copy(build, answers);
            build.step(PIP_CACHE + " pip install" + target + " -r requirements.txt");
            return;
        }
        build.why("No requirements.txt: pip installs the project from pyproject.toml with its dependencies,",
                        "so this step re-runs on every source change. A requirements.txt would let it be cached.")
                .step("COPY . .")
                .step(PIP_CACHE + " pip install" + target + " .");
    }

    private static void poetry(StageBuilder build, Answers answers, String target) {
        build.why("Poetry 2 moved export into a plugin, which the distroless install needs.")
                .step("RUN python -m venv " + TOOLS + " && " + TOOLS
                        + "/bin/pip install --no-cache-dir poetry poetry-plugin-export");
        build.why("Dependencies from the lock file before the source, so a code change reuses this layer.")
                .step(answers.lockfile() ? "COPY pyproject.toml poetry.lock ./" : "COPY pyproject.toml ./");
        DependencyFiles.copy(build, answers);
        if (target.isEmpty()) {
            build.step(List.of("RUN --mount=type=cache,target=/root/.cache/pypoetry",
                    "VIRTUAL_ENV=" + PythonDockerfile.VENV + " " + TOOLS
                            + "/bin/poetry install --only main --no-root --no-interaction"));
            return;
        }
        build.step(List.of(PIP_CACHE, TOOLS + "/bin/poetry export --only main -o /tmp/requirements.txt",
                "&& pip install" + target + " -r /tmp/requirements.txt"));
    }

    private static void uv(StageBuilder build, Answers answers, String target) {
        build.step("RUN python -m venv " + TOOLS + " && " + TOOLS + "/bin/pip install --no-cache-dir uv");
        build.why("Dependencies from the lock file before the source, so a code change reuses this layer.")
                .step(answers.lockfile() ? "COPY pyproject.toml uv.lock ./" : "COPY pyproject.toml ./");
        DependencyFiles.copy(build, answers);
        String frozen = answers.lockfile() ? " --frozen" : "";
        if (target.isEmpty()) {
            build.step(List.of("RUN --mount=type=cache,target=/root/.cache/uv",
                    "UV_PROJECT_ENVIRONMENT=" + PythonDockerfile.VENV + " " + TOOLS + "/bin/uv sync" + frozen
                            + " --no-dev --no-install-project"));
            return;
        }
        build.step(List.of("RUN --mount=type=cache,target=/root/.cache/uv",
                TOOLS + "/bin/uv export" + frozen + " --no-dev --no-emit-project -o /tmp/requirements.txt",
                "&& " + TOOLS + "/bin/uv pip install" + target + " -r /tmp/requirements.txt"));
    }
}

package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.recipe.IgnorePlan.Section;

/**
 * Decides .dockerignore: secrets and local clutter out of the build context, while everything the
 * build reads (go.sum, lock files, requirements.txt, migrations/, a Go vendor/ folder) stays in.
 */
final class IgnoreRecipe {

    private IgnoreRecipe() {}

    static IgnorePlan plan(Answers answers) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Secrets, in any folder: never send them to the builder.",
                List.of("**/.env", "**/.env.*", "!**/.env.example", "**/*.pem", "**/*.key", "**/id_rsa*",
                        "**/id_ed25519*", "**/.npmrc", "**/.pypirc", "**/.netrc")));
        sections.add(new Section("Version control and editors.",
                List.of(".git", ".gitignore", ".gitattributes", ".hg", ".svn", ".idea", ".vscode", "*.swp", "*~",
                        ".DS_Store")));
        sections.add(new Section("Container files: changing them should not invalidate the source layers.",
                List.of("Dockerfile*", ".dockerignore", "compose*.yaml", "compose*.yml", "docker-compose*.yaml",
                        "docker-compose*.yml", "buildx.sh", ".homelab-scaffold*")));
        sections.add(new Section(languageComment(answers), languagePatterns(answers)));
        sections.add(new Section("Logs, coverage and test output.",
                List.of("*.log", "coverage", ".coverage", "htmlcov", ".nyc_output", "junit*.xml")));
        List<String> copied = new ArrayList<>(answers.dependencyFiles());
        copied.addAll(answers.runtimeFiles());
        if (!copied.isEmpty()) {
            sections.add(new Section("Files the build copies by name, kept even where a pattern above matches.",
                    copied.stream().map(path -> "!" + stripTrailingSlash(path)).distinct().toList()));
        }
        return new IgnorePlan(sections);
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static String languageComment(Answers answers) {
        return switch (answers.language()) {
            case GO -> "Local build output; vendor/ stays, because go build uses it when present.";
            case PYTHON -> "Local environments and caches; the image builds its own.";
            case NODE -> "Local dependencies and build output; the image installs and builds its own.";
        };
    }

    private static List<String> languagePatterns(Answers answers) {
        List<String> nodeOutput = answers.buildScript() ? NodeDockerfile.buildOutputs(answers) : List.of("build");
        return switch (answers.language()) {
            case GO -> List.of("bin", "dist", "*.test", "*.out", "go.work", "go.work.sum");
            case PYTHON -> List.of("**/__pycache__", "*.pyc", "*.pyo", ".venv", "venv", ".python-version",
                    ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", "*.egg-info", "build", "dist");
            case NODE -> concat(List.of("**/node_modules", "npm-debug.log*", "yarn-error.log", ".pnpm-store", ".npm",
                    ".yarn/cache"), nodeOutput, List.of(".next/cache", ".turbo"));
        };
    }
}

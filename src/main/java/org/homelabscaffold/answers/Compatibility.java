package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which combinations of answers can work. A rejection names the key to change, the reason and an
 * alternative; a warning names the cost of a combination that works.
 */
public final class Compatibility {

    /** A combination that cannot work, blamed on {@code key}. */
    public record Rejection(String key, String reason, String alternative) {}

    private Compatibility() {}

    /** Returns why {@code base} cannot work with the answers so far, or empty when it can. */
    public static Optional<Rejection> rejectBase(Base base, AnswerMap answers) {
        Language language = answers.language().orElse(null);
        boolean nativeCode = answers.isTrue("nativeCode");
        boolean runtimeLibraries = nativeCode && !answers.list("systemLibraries").isEmpty();
        if (base == Base.SCRATCH && language == Language.PYTHON) {
            return rejection("Python needs an interpreter and scratch has none", "use slim, or distroless for a smaller image");
        }
        if (base == Base.SCRATCH && language == Language.NODE) {
            return rejection("Node.js needs node and scratch has none", "use alpine, or distroless for a smaller image");
        }
        if (base == Base.SCRATCH && language == Language.GO && nativeCode) {
            return rejection("cgo links the binary against libc and scratch has no libc",
                    "use distroless or alpine, or set nativeCode: false if the code builds without cgo");
        }
        if (base == Base.DISTROLESS && runtimeLibraries) {
            return rejection("distroless has no package manager to add the runtime packages of "
                    + String.join(", ", answers.list("systemLibraries")), "use slim");
        }
        if (base == Base.DISTROLESS && language == Language.NODE) {
            String version = String.valueOf(answers.get("version"));
            if (answers.has("version") && !DefaultVersions.DISTROLESS_NODE.contains(version)) {
                return rejection("distroless Node.js images exist per major version, and not for " + version,
                        "set version to " + String.join(", ", DefaultVersions.DISTROLESS_NODE)
                                + ", or use alpine or slim");
            }
        }
        return Optional.empty();
    }

    /** Returns every rejection for complete answers. */
    public static List<Problem> rejections(AnswerMap answers, AnswerSources sources) {
        List<Problem> problems = new ArrayList<>();
        answers.base().flatMap(base -> rejectBase(base, answers)).ifPresent(rejection -> problems.add(sources.problem(
                "base", Problem.quote(answers.base().get().key()) + " cannot work: " + rejection.reason(),
                rejection.alternative())));
        versionProblem(answers).ifPresent(message -> problems.add(sources.problem("version", message,
                "omit version for the default, " + answers.language().map(DefaultVersions::forLanguage).orElse(""))));
        packageManagerProblem(answers, sources).ifPresent(problems::add);
        problems.addAll(healthcheckProblems(answers, sources, ""));
        if (!answers.has(ServicesReader.KEY)) {
            problems.addAll(entrypointProblems(answers, sources, ""));
        }
        problems.addAll(migrationProblems(answers, sources));
        return problems;
    }

    /**
     * Returns why the entrypoint in {@code scope} cannot start the program in its language. {@code go build}
     * takes {@code cmd/api} without {@code ./} as an import path, not a folder, and {@code python -m}
     * takes a module name, not a folder. Node.js entrypoints are not checked, because node also
     * accepts a file name without its extension.
     *
     * @param keyPrefix prefix of the keys in messages, such as {@code services.api.}
     */
    static List<Problem> entrypointProblems(AnswerMap scope, AnswerSources sources, String keyPrefix) {
        if (!(scope.get("entrypoint") instanceof String entrypoint)) {
            return List.of();
        }
        String key = keyPrefix + "entrypoint";
        Language language = scope.language().orElse(null);
        if (language == Language.GO && !entrypoint.equals(".") && !entrypoint.startsWith("./")) {
            return List.of(sources.problem(key, "invalid value " + Problem.quote(entrypoint) + ": a Go entrypoint"
                    + " is the main package's folder relative to go.mod, starting with './'",
                    "write " + Problem.quote("./" + entrypoint)));
        }
        if (language == Language.PYTHON && !entrypoint.endsWith(".py")
                && !ValueRules.isPythonModule(entrypoint)) {
            String module = entrypoint.replaceFirst("^\\./", "").replace('/', '.');
            return List.of(sources.problem(key, "invalid value " + Problem.quote(entrypoint) + ": a Python"
                    + " entrypoint is a script ending in .py or a module name", "for a package folder write its"
                    + " module name, such as " + Problem.quote(module)));
        }
        return List.of();
    }

    private static Optional<Problem> packageManagerProblem(AnswerMap answers, AnswerSources sources) {
        PackageManager manager = answers.packageManager().orElse(null);
        Language language = answers.language().orElse(null);
        if (manager == null || language == null || manager.language() == language) {
            return Optional.empty();
        }
        return Optional.of(sources.problem("packageManager", Problem.quote(manager.key()) + " is a "
                + manager.language().displayName() + " package manager, not a " + language.displayName() + " one",
                "use " + String.join(" or ", managersFor(language))));
    }

    private static List<Problem> migrationProblems(AnswerMap answers, AnswerSources sources) {
        List<Problem> problems = new ArrayList<>();
        List<String> command = answers.list("migration.command");
        boolean distrolessPython = answers.base().orElse(null) == Base.DISTROLESS
                && answers.language().orElse(null) == Language.PYTHON;
        if (distrolessPython && !command.isEmpty()
                && !List.of("python", "python3", "/usr/bin/python3").contains(command.get(0))) {
            problems.add(sources.problem("migration.command", Problem.quote(command.get(0)) + " cannot run on"
                    + " distroless: installed scripts are not on PATH there, and their first line names the build"
                    + " stage's Python", "run the module instead, such as [python3, -m, alembic, upgrade, head]"));
        }
        Object name = answers.get("name");
        if (answers.get("migration.database") != null && ("db".equals(name) || "migrate".equals(name))) {
            problems.add(sources.problem("name", Problem.quote(name) + " is taken: compose.yaml names the database"
                    + " service 'db' and the migration service 'migrate'", "choose another name"));
        }
        if (answers.role().orElse(Role.APP) == Role.MIGRATION_SIDECAR && answers.get("migration.database") == null) {
            problems.add(sources.problem("migration.database", "a migration sidecar needs the database it migrates",
                    "set migration.database to postgres or mariadb"));
        }
        return problems;
    }

    /**
     * Returns the problems of the health check in {@code scope} for its language, base and port.
     *
     * @param keyPrefix prefix of the keys in messages, such as {@code services.api.}
     */
    static List<Problem> healthcheckProblems(AnswerMap scope, AnswerSources sources, String keyPrefix) {
        List<Problem> problems = new ArrayList<>();
        Object healthcheck = scope.get("healthcheck");
        Language language = scope.language().orElse(null);
        String key = keyPrefix + "healthcheck";
        if (healthcheck == Healthcheck.HTTP && language == Language.GO && scope.base().orElse(null) != Base.ALPINE) {
            problems.add(sources.problem(key, "'http' needs an HTTP client in the image and Go on "
                    + scope.base().map(Base::key).orElse("") + " has none",
                    "use 'subcommand' if the binary has a health subcommand, or 'none', or base: alpine"));
        }
        if (healthcheck == Healthcheck.SUBCOMMAND && language != Language.GO) {
            problems.add(sources.problem(key, "'subcommand' runs the Go binary's health subcommand",
                    "use 'http' or 'none'"));
        }
        if (healthcheck == Healthcheck.HTTP && scope.get("port") == null) {
            problems.add(sources.problem(key, "'http' needs a port", "set " + keyPrefix + "port, or use 'none'"));
        }
        return problems;
    }

    /** Returns why the version cannot be one of the language's, such as Go 3.13 or Python 1.25. */
    private static Optional<String> versionProblem(AnswerMap answers) {
        Object version = answers.get("version");
        Language language = answers.language().orElse(null);
        if (!(version instanceof String text) || language == null) {
            return Optional.empty();
        }
        boolean plausible = switch (language) {
            case GO -> text.matches("1\\.(2[0-9]|[3-9][0-9])(\\.[0-9]+)?");
            case PYTHON -> text.matches("3\\.(9|[1-9][0-9])(\\.[0-9]+)?");
            case NODE -> text.matches("(1[89]|[2-9][0-9])(\\.[0-9]+){0,2}");
        };
        if (plausible) {
            return Optional.empty();
        }
        return Optional.of(Problem.quote(text) + " is not a supported " + language.displayName() + " version"
                + " (Go 1.20 and later, Python 3.9 and later, Node.js 18 and later)");
    }

    /** Returns warnings that name the cost of combinations that work. */
    public static List<String> warnings(Answers answers) {
        List<String> warnings = new ArrayList<>();
        if (answers.base() == Base.ALPINE && answers.language() == Language.PYTHON && answers.nativeCode()) {
            warnings.add("base: alpine with Python C extensions builds them from source against musl, because most"
                    + " published wheels are for glibc: slower builds, and musl differs from glibc in DNS and"
                    + " thread stack size; slim avoids both");
        }
        if (answers.base() == Base.DISTROLESS && answers.language() == Language.PYTHON
                && !answers.version().equals(DefaultVersions.DISTROLESS_PYTHON)) {
            warnings.add("version: distroless python3-" + DefaultVersions.DISTROLESS_DEBIAN + " carries Python "
                    + DefaultVersions.DISTROLESS_PYTHON + " only, and packages must be built for the interpreter"
                    + " that runs them, so the build uses " + DefaultVersions.DISTROLESS_PYTHON + ", not "
                    + answers.version());
        }
        if (answers.language() == Language.GO && answers.nativeCode()) {
            warnings.add("nativeCode: cgo needs a C cross compiler to build arm64 on amd64, so each platform builds"
                    + " on its own architecture; without an arm64 builder node that runs under QEMU emulation and is"
                    + " several times slower");
        }
        if (isRegistryless(answers.image())) {
            warnings.add("image: " + Problem.quote(answers.image()) + " names no registry, so ./buildx.sh pushes"
                    + " it to Docker Hub; set image: to a registry of yours, such as registry.home.arpa:5000/"
                    + answers.image() + ", or run buildx.sh with PUSH=false");
        }
        goMigrationProgram(answers).ifPresent(warnings::add);
        if (!answers.lockfile() && answers.language() == Language.NODE) {
            warnings.add("lockfile: without " + answers.packageManager().lockfileName() + " the install is not"
                    + " reproducible and cannot use the frozen install; commit a lock file");
        }
        return warnings;
    }

    /** Warns when a Go migration on scratch or distroless runs a program that is not one of the service binaries. */
    private static Optional<String> goMigrationProgram(Answers answers) {
        if (answers.language() != Language.GO || !answers.base().isShellless() || !answers.hasMigration()
                || answers.isMigrationSidecar() || answers.migration().command().isEmpty()) {
            return Optional.empty();
        }
        String program = answers.migration().command().get(0);
        for (ServiceAnswers service : answers.serviceList()) {
            if (program.equals(service.name()) || program.equals("/usr/local/bin/" + service.name())) {
                return Optional.empty();
            }
        }
        return Optional.of("migration.command: " + Problem.quote(program) + " is not in the image: "
                + answers.base().key() + " holds only the service binaries, such as /usr/local/bin/"
                + answers.serviceList().get(0).name());
    }

    /** Returns whether {@code image} has no registry host, which Docker recognises by a '.', ':' or localhost. */
    static boolean isRegistryless(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return true;
        }
        String first = image.substring(0, slash);
        return !first.contains(".") && !first.contains(":") && !first.equals("localhost");
    }

    private static List<String> managersFor(Language language) {
        return java.util.Arrays.stream(PackageManager.values())
                .filter(manager -> manager.language() == language).map(PackageManager::key).toList();
    }

    private static Optional<Rejection> rejection(String reason, String alternative) {
        return Optional.of(new Rejection("base", reason, alternative));
    }
}

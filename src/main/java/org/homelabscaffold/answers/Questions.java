package org.homelabscaffold.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The questions homelab-scaffold asks, in the order the interactive front ends ask them. */
public final class Questions {

    public static final int SCHEMA = 1;

    private static final List<Question> ALL = List.of(
            text("name", "Service name",
                    "Names the compose service, the image and the files. Lowercase letters, digits and '-'.",
                    noDefault(), ValueRules::name),
            choice("language", "Language", "The language the service is written in.",
                    List.of(new Choice(Language.GO, "Compiles to one binary; the smallest images."),
                            new Choice(Language.PYTHON, "Needs the interpreter and its packages at run time."),
                            new Choice(Language.NODE, "Needs node and the production node_modules at run time.")),
                    always(), noDefault()),
            text("version", "Language version",
                    "Go, Python or Node.js version of the build and runtime images; a --build-arg can change it later.",
                    answers -> answers.language().map(DefaultVersions::forLanguage).orElse(null), ValueRules::version),
            choice("packageManager", "Package manager",
                    "The tool that installs dependencies; it decides which manifest and lock files are copied first.",
                    Arrays.stream(PackageManager.values()).map(manager -> new Choice(manager,
                            "Uses " + manager.lockfileName() + " when present.")).toList(),
                    always(), answers -> answers.language().map(PackageManager::defaultFor).orElse(null)),
            bool("lockfile", "Lock file present",
                    "Whether the project has the package manager's lock file (go.sum, requirements.txt, poetry.lock,"
                            + " uv.lock, package-lock.json, yarn.lock or pnpm-lock.yaml); builds copy it before"
                            + " the dependency install so the install is cached.",
                    always(), fixed(true)),
            bool("buildScript", "Build script",
                    "Whether package.json has a build script (TypeScript, bundler); the runtime image then gets"
                            + " only its output.",
                    languageIs(Language.NODE), fixed(false)),
            bool("nativeCode", "Native code",
                    "C extensions (psycopg2, numpy, lxml), native addons (bcrypt, sharp) or cgo (go-sqlite3)."
                            + " The builder then gets a compiler, and builder and runtime must share one libc.",
                    always(), fixed(false)),
            list("systemLibraries", "System libraries",
                    "Libraries the native code links: the builder gets their -dev packages, the runtime image only"
                            + " the shared libraries. Known: " + String.join(", ", SystemLibrary.keys()) + ".",
                    answers -> answers.isTrue("nativeCode"), fixed(List.of()), ValueRules::systemLibraries),
            choice("base", "Runtime base image",
                    "The image the final stage starts from: smaller means fewer packages to patch, but fewer tools"
                            + " to debug with.",
                    List.of(new Choice(Base.SCRATCH, "Empty image: only the binary, CA certificates and time zones."
                                    + " No shell, no user database, no libc; Go without cgo only."),
                            new Choice(Base.DISTROLESS, "Google's distroless: libc, CA certificates and the runtime,"
                                    + " no shell and no package manager, so nothing to debug with inside."),
                            new Choice(Base.ALPINE, "An OS of about 8 MB, with a shell and apk. Uses musl, not glibc:"
                                    + " glibc-built C extensions break and Python extensions build from source."),
                            new Choice(Base.SLIM, "Debian slim: glibc, apt and a shell; its OS is larger (about 75 MB)"
                                    + " but every wheel and prebuilt addon works.")),
                    always(), Questions::defaultBase),
            choice("role", "Role",
                    "An app is the long-running service. A migration sidecar is this project when it only applies"
                            + " database migrations and exits.",
                    List.of(new Choice(Role.APP, "A long-running service."),
                            new Choice(Role.MIGRATION_SIDECAR, "A one-shot runner that migrates the database and exits.")),
                    always(), fixed(Role.APP)),
            text("entrypoint", "Entrypoint",
                    "Go: the main package (. or ./cmd/server). Python: a file (app.py) or a module (myapp)."
                            + " Node.js: the file node runs (dist/index.js).",
                    singleService(), Questions::defaultEntrypoint, ValueRules::entrypoint),
            integer("port", "Port", "The TCP port the service listens on inside the container.",
                    answers -> isSingleApp(answers), fixed(8080), ValueRules::port),
            choice("healthcheck", "Health check",
                    "How the container reports health. Only tools that exist in the image are used: never curl.",
                    List.of(new Choice(Healthcheck.HTTP, "GET the health path on the port with a tool the image has."),
                            new Choice(Healthcheck.SUBCOMMAND, "Run the binary's own `health` subcommand (Go)."),
                            new Choice(Healthcheck.NONE, "No health check.")),
                    Questions::isSingleApp, Questions::defaultHealthcheck),
            text("healthPath", "Health check path", "The URL path the health check requests; it must answer 2xx.",
                    answers -> answers.get("healthcheck") == Healthcheck.HTTP, fixed("/"), ValueRules::healthPath),
            new Question("migration.database", "Database migration",
                    "A one-shot container that migrates this database before the app starts; a failed migration"
                            + " keeps the app down.",
                    ValueKind.CHOICE,
                    List.of(new Choice(Database.POSTGRES, "PostgreSQL, with a pg_isready health check."),
                            new Choice(Database.MARIADB, "MariaDB, with its healthcheck.sh health check.")),
                    true, always(), noDefault(), ValueRules::none),
            list("migration.command", "Migration command",
                    "The program and arguments that apply the migrations, one list item per argument;"
                            + " they reach the container literally, without a shell.",
                    answers -> answers.get("migration.database") != null, Questions::defaultMigrationCommand,
                    ValueRules::commandArguments),
            list("runtimeFiles", "Runtime files",
                    "Files and folders the app reads at run time besides the build output (config.yaml, static/,"
                            + " migrations/). Go images and Node.js builds copy them explicitly; Python and"
                            + " unbuilt Node.js images copy the whole source, and .dockerignore keeps them in.",
                    always(), fixed(List.of()), ValueRules::relativePaths),
            list("platforms", "Platforms",
                    "Platforms the buildx script builds; arm64 covers a Raspberry Pi 4 or 5 on a 64-bit OS.",
                    always(), fixed(List.of("linux/amd64", "linux/arm64")), ValueRules::platforms),
            text("image", "Image name",
                    "The image repository for compose and the buildx script, such as registry.home.arpa:5000/photos.",
                    answers -> answers.get("name"), ValueRules::image));

    /**
     * Answers that only answers files, {@code --set} and detection give: the interactive front ends
     * do not ask them, because few projects need them.
     */
    private static final List<Question> FILE_ONLY = List.of(
            list("dependencyFiles", "Dependency files",
                    "Files and folders the dependency install reads besides the manifest and lock file: local"
                            + " packages (./libs/fastsum in requirements.txt), constraint files, -r includes. They"
                            + " are copied before the install, so a source change still reuses it.",
                    always(), fixed(List.of()), ValueRules::relativePaths));

    /** {@link #ALL} followed by {@link #FILE_ONLY}, built once because every key lookup walks it. */
    private static final List<Question> EVERYTHING = java.util.stream.Stream.concat(ALL.stream(), FILE_ONLY.stream())
            .toList();

    private Questions() {}

    /** Returns the questions the interactive front ends ask, in order. */
    public static List<Question> all() {
        return ALL;
    }

    /** Returns every answer key's definition, asked or not, in answers-file order. */
    public static List<Question> everything() {
        return EVERYTHING;
    }

    public static Optional<Question> byKey(String key) {
        return everything().stream().filter(question -> question.key().equals(key)).findFirst();
    }

    /** Returns the keys of the asked questions, in the order of {@link #all()}. */
    public static List<String> keys() {
        return ALL.stream().map(Question::key).toList();
    }

    /** Returns the keys only answers files and {@code --set} give. */
    public static List<String> fileOnlyKeys() {
        return FILE_ONLY.stream().map(Question::key).toList();
    }

    private static Object defaultBase(AnswerMap answers) {
        Language language = answers.language().orElse(null);
        if (language == null) {
            return null;
        }
        return switch (language) {
            case GO -> answers.isTrue("nativeCode") ? Base.ALPINE : Base.SCRATCH;
            case PYTHON -> Base.SLIM;
            case NODE -> Base.ALPINE;
        };
    }

    private static Object defaultEntrypoint(AnswerMap answers) {
        return answers.language().map(language -> switch (language) {
            case GO -> ".";
            case PYTHON -> "app.py";
            case NODE -> answers.isTrue("buildScript") ? "dist/index.js" : "index.js";
        }).orElse(null);
    }

    /** Returns the health check a service gets by default: HTTP when it has a port and the image a client. */
    static Object defaultHealthcheck(AnswerMap answers) {
        boolean goWithoutHttpClient = answers.language().orElse(null) == Language.GO
                && answers.base().orElse(Base.SCRATCH) != Base.ALPINE;
        return answers.get("port") == null || goWithoutHttpClient ? Healthcheck.NONE : Healthcheck.HTTP;
    }

    private static Object defaultMigrationCommand(AnswerMap answers) {
        if (answers.role().orElse(Role.APP) == Role.MIGRATION_SIDECAR) {
            return null;
        }
        return answers.language().map(language -> switch (language) {
            case GO -> List.of("/usr/local/bin/" + firstServiceName(answers), "migrate");
            case PYTHON -> List.of(answers.base().orElse(null) == Base.DISTROLESS ? "python3" : "python",
                    "migrate.py");
            case NODE -> List.of(answers.base().orElse(null) == Base.DISTROLESS ? "/nodejs/bin/node" : "node",
                    "migrate.js");
        }).orElse(null);
    }

    /** Returns whether the project is one app, so the top-level entrypoint, port and health check apply. */
    private static boolean isSingleApp(AnswerMap answers) {
        return answers.role().orElse(Role.APP) == Role.APP && !answers.has(ServicesReader.KEY);
    }

    private static Predicate<AnswerMap> singleService() {
        return answers -> !answers.has(ServicesReader.KEY);
    }

    @SuppressWarnings("unchecked")
    private static Object firstServiceName(AnswerMap answers) {
        if (answers.get(ServicesReader.KEY) instanceof List<?> services && !services.isEmpty()) {
            return ((java.util.Map<String, Object>) services.get(0)).get("name");
        }
        return answers.get("name");
    }

    /**
     * Returns a default that does not depend on other answers. Sharing one lambda for all of them
     * keeps the number of call sites the JVM links at start-up down.
     */
    private static Function<AnswerMap, Object> fixed(Object value) {
        return answers -> value;
    }

    private static Function<AnswerMap, Object> noDefault() {
        return fixed(null);
    }

    private static Predicate<AnswerMap> always() {
        return answers -> true;
    }

    private static Predicate<AnswerMap> languageIs(Language language) {
        return answers -> answers.language().orElse(null) == language;
    }

    private static Question text(String key, String title, String help, Function<AnswerMap, Object> defaultValue,
            Function<Object, Optional<String>> rule) {
        return text(key, title, help, always(), defaultValue, rule);
    }

    private static Question text(String key, String title, String help, Predicate<AnswerMap> appliesWhen,
            Function<AnswerMap, Object> defaultValue, Function<Object, Optional<String>> rule) {
        return new Question(key, title, help, ValueKind.TEXT, List.of(), false, appliesWhen, defaultValue, rule);
    }

    private static Question integer(String key, String title, String help, Predicate<AnswerMap> appliesWhen,
            Function<AnswerMap, Object> defaultValue, Function<Object, Optional<String>> rule) {
        return new Question(key, title, help, ValueKind.INTEGER, List.of(), false, appliesWhen, defaultValue, rule);
    }

    private static Question bool(String key, String title, String help, Predicate<AnswerMap> appliesWhen,
            Function<AnswerMap, Object> defaultValue) {
        return new Question(key, title, help, ValueKind.BOOLEAN, List.of(), false, appliesWhen, defaultValue,
                ValueRules::none);
    }

    private static Question list(String key, String title, String help, Predicate<AnswerMap> appliesWhen,
            Function<AnswerMap, Object> defaultValue, Function<Object, Optional<String>> rule) {
        return new Question(key, title, help, ValueKind.TEXT_LIST, List.of(), false, appliesWhen, defaultValue, rule);
    }

    private static Question choice(String key, String title, String help, List<Choice> choices,
            Predicate<AnswerMap> appliesWhen, Function<AnswerMap, Object> defaultValue) {
        return new Question(key, title, help, ValueKind.CHOICE, choices, false, appliesWhen, defaultValue,
                ValueRules::none);
    }
}

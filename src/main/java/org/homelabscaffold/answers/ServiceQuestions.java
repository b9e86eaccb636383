package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The questions the interactive front ends ask about the services of one repository: the list of
 * service names, then per service its entrypoint, port and health check. The per-service
 * questions reuse the kind, choices and rules of the top-level questions of the same name, so a
 * value the wizard accepts is one the {@code services} list of an answers file accepts.
 *
 * <p>The answers of these questions are kept in an {@link AnswerMap} the way {@link ServicesReader}
 * keeps an answers file's list: under {@code services}, as one map per service. A list of only the
 * project's own name is one service and adds nothing, so the top-level questions apply instead.
 */
public final class ServiceQuestions {

    /** Key of the question that lists the service names. */
    public static final String LIST_KEY = ServicesReader.KEY;

    /** The key after which the interactive front ends ask for the service names. */
    public static final String ASKED_AFTER = "role";

    private static final AnswerSources SOURCES = new AnswerSources("wizard");

    private static final Question LIST = new Question(LIST_KEY, "Services",
            "One name, the service name, builds one service. For several services of this repository, such as"
                    + " Go's ./cmd/api and ./cmd/worker, list two or more names, comma-separated: each gets its"
                    + " own entrypoint, port, health check, image and compose service.",
            ValueKind.TEXT_LIST, List.of(), false,
            answers -> answers.role().orElse(Role.APP) == Role.APP,
            answers -> answers.get("name") == null ? null : List.of(answers.get("name")),
            ValueRules::none);

    private ServiceQuestions() {}

    /** Returns the question that lists the service names. */
    public static Question list() {
        return LIST;
    }

    /**
     * Returns the questions about each named service, in order, or none when {@code names} is one
     * service, so the top-level entrypoint, port and health check are asked instead.
     */
    public static List<Question> forServices(Object names) {
        List<Question> questions = new ArrayList<>();
        List<String> services = severalServices(names);
        for (int index = 0; index < services.size(); index++) {
            questions.addAll(forService(services.get(index), index == 0));
        }
        return questions;
    }

    /** Returns whether {@code key} belongs to a question about one service, such as {@code services.api.port}. */
    public static boolean isServiceKey(String key) {
        return key.startsWith(LIST_KEY + ".");
    }

    /**
     * Returns the top-level question whose rules the per-service question {@code key} follows,
     * such as {@code port} for {@code services.api.port}.
     */
    public static Question topLevelQuestion(String key) {
        return Questions.byKey(key.substring(key.lastIndexOf('.') + 1)).orElseThrow();
    }

    /**
     * Returns the top-level key whose answer the per-service question {@code key} starts from: the
     * service named like the project continues the single-service answers, other services start
     * from their defaults.
     */
    public static Optional<String> singleServiceKey(String key, AnswerMap answers) {
        if (!isServiceKey(key) || !serviceName(key).equals(answers.get("name"))) {
            return Optional.empty();
        }
        return Optional.of(topLevelQuestion(key).key());
    }

    /**
     * Returns the answers as the top-level questions see them for one service: the project's
     * answers without the list, plus this service's answers under their top-level keys.
     */
    public static AnswerMap scope(AnswerMap answers, String key) {
        String name = serviceName(key);
        AnswerMap scope = new AnswerMap(answers);
        scope.remove(LIST_KEY);
        entry(answers, name).forEach((field, value) -> {
            if (!field.equals("name")) {
                scope.put(field, value);
            }
        });
        return scope;
    }

    /**
     * Stores the value of {@code question} in {@code answers}. A per-service value goes into a copy of
     * the service list, because copies of an {@link AnswerMap} share the list.
     */
    public static void store(AnswerMap answers, Question question, Object value) {
        if (question.key().equals(LIST_KEY)) {
            storeNames(answers, value);
        } else if (isServiceKey(question.key())) {
            storeField(answers, question.key(), value);
        } else {
            answers.put(question.key(), value);
        }
    }

    /**
     * Returns why {@code names} cannot be the list of services, with the messages an answers file
     * gets for the same names, or empty when the list works.
     */
    public static Optional<String> namesProblem(Object names, Object projectName) {
        List<?> list = (List<?>) names;
        if (list.isEmpty()) {
            return Optional.of(describe(ServicesResolver.emptyList(SOURCES)));
        }
        if (list.size() == 1 && list.get(0).equals(projectName)) {
            // One service is the project itself, whose name the name question has checked.
            return Optional.empty();
        }
        List<Object> seen = new ArrayList<>();
        for (Object name : list) {
            ValueParser.Result parsed = ValueParser.parseText(Questions.byKey("name").orElseThrow(), (String) name);
            if (!parsed.isValid()) {
                return Optional.of(parsed.hint().isEmpty() ? parsed.error() : parsed.error() + "; " + parsed.hint());
            }
            if (!ServiceAnswers.isFreeStageName((String) name)) {
                return Optional.of(describe(ServicesResolver.reservedName(SOURCES, name)));
            }
            if (seen.contains(name)) {
                return Optional.of(describe(ServicesResolver.repeatedName(SOURCES, name)));
            }
            seen.add(name);
        }
        if (list.size() == 1) {
            return Optional.of(describe(ServicesResolver.singleService(SOURCES, projectName)));
        }
        return Optional.empty();
    }

    /** Returns whether {@code name} can name one of several services: a valid name that no stage uses. */
    public static boolean isUsableName(Object name) {
        return name instanceof String text && ValueRules.name(text).isEmpty() && ServiceAnswers.isFreeStageName(text);
    }

    private static List<Question> forService(String name, boolean isFirst) {
        String prefix = LIST_KEY + "." + name + ".";
        return List.of(
                service(prefix, "entrypoint", name + " entrypoint",
                        "Go: the main package (./cmd/" + name + "). Python: a module (" + module(name) + ") or a"
                                + " file (" + module(name) + ".py). Node.js: the file node runs (" + name + ".js).",
                        false, scope -> true, scope -> defaultEntrypoint(scope, name)),
                service(prefix, "port", name + " port",
                        "The TCP port " + name + " listens on inside the container, or none. The first service"
                                + " proposes 8080, the others none.",
                        true, scope -> true, scope -> isFirst ? 8080 : null),
                service(prefix, "healthcheck", name + " health check",
                        "How the container of " + name + " reports health. Only tools that exist in the image are"
                                + " used: never curl.",
                        false, scope -> true, Questions::defaultHealthcheck),
                service(prefix, "healthPath", name + " health check path",
                        "The URL path the health check of " + name + " requests; it must answer 2xx.",
                        false, scope -> scope.get("healthcheck") == Healthcheck.HTTP, scope -> "/"));
    }

    /** Builds a per-service question from the top-level question {@code field}, evaluated on the service's scope. */
    private static Question service(String prefix, String field, String title, String help, boolean optional,
            Predicate<AnswerMap> appliesInScope, Function<AnswerMap, Object> defaultInScope) {
        Question topLevel = Questions.byKey(field).orElseThrow();
        String key = prefix + field;
        return new Question(key, title, help, topLevel.kind(), topLevel.choices(), optional,
                answers -> appliesInScope.test(scope(answers, key)),
                answers -> defaultInScope.apply(scope(answers, key)),
                topLevel.rule());
    }

    /** Returns the entrypoint a service named {@code name} gets by default in the project's language. */
    static Object defaultEntrypoint(AnswerMap scope, String name) {
        return scope.language().map(language -> switch (language) {
            case GO -> "./cmd/" + name;
            case PYTHON -> module(name);
            case NODE -> scope.isTrue("buildScript") ? "dist/" + name + ".js" : name + ".js";
        }).orElse(null);
    }

    /** Returns the Python module name for a service name, whose '-' no module name may contain. */
    private static String module(String name) {
        return name.replace('-', '_');
    }

    /** Returns the names when they describe several services, else an empty list. */
    private static List<String> severalServices(Object names) {
        if (!(names instanceof List<?> list) || list.size() < 2) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static void storeNames(AnswerMap answers, Object names) {
        List<Map<String, Object>> services = new ArrayList<>();
        for (String name : severalServices(names)) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("name", name);
            services.add(service);
        }
        if (services.isEmpty()) {
            answers.remove(LIST_KEY);
        } else {
            answers.put(LIST_KEY, services);
        }
    }

    @SuppressWarnings("unchecked")
    private static void storeField(AnswerMap answers, String key, Object value) {
        String name = serviceName(key);
        String field = key.substring(key.lastIndexOf('.') + 1);
        List<Map<String, Object>> services = new ArrayList<>();
        for (Object existing : (List<?>) answers.get(LIST_KEY)) {
            Map<String, Object> service = new LinkedHashMap<>((Map<String, Object>) existing);
            if (name.equals(service.get("name"))) {
                service.put(field, value);
            }
            services.add(service);
        }
        answers.put(LIST_KEY, services);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(AnswerMap answers, String name) {
        if (answers.get(LIST_KEY) instanceof List<?> services) {
            for (Object service : services) {
                if (name.equals(((Map<String, Object>) service).get("name"))) {
                    return (Map<String, Object>) service;
                }
            }
        }
        return Map.of();
    }

    private static String serviceName(String key) {
        return key.substring(LIST_KEY.length() + 1, key.lastIndexOf('.'));
    }

    private static String describe(Problem problem) {
        return problem.hint().isEmpty() ? problem.message() : problem.message() + "; " + problem.hint();
    }
}

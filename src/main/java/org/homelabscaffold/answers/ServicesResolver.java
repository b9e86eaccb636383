package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes the entries of the {@code services} list with defaults and checks them: each needs a
 * unique name and an entrypoint, and its health check must suit its port and image.
 */
final class ServicesResolver {

    private ServicesResolver() {}

    /** Returns the completed services, or an empty list when the answers describe one service. */
    @SuppressWarnings("unchecked")
    static List<ServiceAnswers> complete(AnswerMap values, AnswerSources sources, List<Problem> problems) {
        if (!(values.get(ServicesReader.KEY) instanceof List<?> entries)) {
            return List.of();
        }
        if (entries.isEmpty()) {
            problems.add(emptyList(sources));
            return List.of();
        }
        if (entries.size() == 1) {
            // ServiceLayout turns a list of only the project's name into one service before this runs.
            problems.add(singleService(sources, values.get("name")));
            return List.of();
        }
        if (values.role().orElse(Role.APP) == Role.MIGRATION_SIDECAR) {
            problems.add(sources.problem(ServicesReader.KEY, "a migration sidecar is a single service",
                    "remove 'services', or set role: app"));
            return List.of();
        }
        List<ServiceAnswers> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Object entry : entries) {
            ServiceAnswers service = completeEntry(values, (Map<String, Object>) entry, sources, problems);
            if (service != null && !names.add(service.name())) {
                problems.add(repeatedName(sources, service.name()));
            }
            services.add(service);
        }
        return services.contains(null) ? List.of() : List.copyOf(services);
    }

    /** Returns the problem of a {@code services} list without entries. */
    static Problem emptyList(AnswerSources sources) {
        Problem located = sources.problem(ServicesReader.KEY, "expected at least one service", "");
        String hint = switch (located.source()) {
            case "--set" -> "keep one service, named like the project, for a single service";
            case "wizard" -> "enter the service name for one service";
            default -> "remove 'services:' for a single service, or list two or more services";
        };
        return withHint(located, hint);
    }

    /**
     * Returns the problem of a list of one service whose name is not the project's name: one service
     * is the project itself, so the front ends agree on this message and differ only in the hint.
     */
    static Problem singleService(AnswerSources sources, Object projectName) {
        String name = Problem.quote(projectName);
        Problem located = sources.problem(ServicesReader.KEY, "one service takes the service name " + name, "");
        String hint = switch (located.source()) {
            case "--set" -> "for one service, set entrypoint, port and healthcheck without 'services.'; for"
                    + " several, set services.NAME.entrypoint for two or more names";
            case "wizard" -> "list two or more names for several services, or only " + name + " for one";
            default -> "for one service, remove 'services:' or name its entry " + name + "; for several, list"
                    + " two or more services";
        };
        return withHint(located, hint);
    }

    private static Problem withHint(Problem problem, String hint) {
        return new Problem(problem.source(), problem.line(), problem.key(), problem.message(), hint);
    }

    /** Returns the problem of a service name that two entries use. */
    static Problem repeatedName(AnswerSources sources, Object name) {
        return sources.problem(ServicesReader.KEY + "." + name, "the name " + Problem.quote(name) + " is used twice",
                "give each service its own name");
    }

    /**
     * Returns the problem of a service name that cannot name a Dockerfile stage: a stage or service of
     * the generated files already uses it, or it does not start with a letter.
     */
    static Problem reservedName(AnswerSources sources, Object name) {
        String key = ServicesReader.KEY + "." + name + ".name";
        String text = String.valueOf(name);
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return sources.problem(key, "invalid value " + Problem.quote(name) + ": a service name is also a"
                    + " Dockerfile stage name, which must start with a letter", "for example 'svc-" + text + "'");
        }
        return sources.problem(key, Problem.quote(name) + " is taken by a stage or service the generated files use",
                "choose another name than " + String.join(", ", ServiceAnswers.RESERVED_NAMES) + " or "
                        + ServiceAnswers.BUILD_STAGE_PREFIX + "NAME");
    }

    private static ServiceAnswers completeEntry(AnswerMap values, Map<String, Object> entry, AnswerSources sources,
            List<Problem> problems) {
        Object name = entry.get("name");
        if (name == null) {
            problems.add(sources.problem(ServicesReader.KEY, "a service has no name", "add '  - name: api'"));
            return null;
        }
        String label = ServicesReader.KEY + "." + name;
        if (!ServiceAnswers.isFreeStageName(String.valueOf(name))) {
            problems.add(reservedName(sources, name));
            return null;
        }
        if (entry.get("entrypoint") == null) {
            Problem located = sources.problem(label, "missing entrypoint", "");
            Object example = ServiceQuestions.defaultEntrypoint(values, (String) name);
            String entrypoint = example == null ? "./cmd/" + name : example.toString();
            problems.add(withHint(located, located.source().equals("--set")
                    ? "add --set " + label + ".entrypoint=" + entrypoint : "add 'entrypoint: " + entrypoint + "'"));
            return null;
        }
        AnswerMap scope = new AnswerMap(values);
        scope.put("port", entry.get("port"));
        Object healthcheck = entry.containsKey("healthcheck") ? entry.get("healthcheck")
                : Questions.defaultHealthcheck(scope);
        scope.put("healthcheck", healthcheck);
        problems.addAll(Compatibility.healthcheckProblems(scope, sources, label + "."));
        scope.put("entrypoint", entry.get("entrypoint"));
        problems.addAll(Compatibility.entrypointProblems(scope, sources, label + "."));
        Object healthPath = entry.getOrDefault("healthPath", "/");
        return new ServiceAnswers((String) name, (String) entry.get("entrypoint"), (Integer) entry.get("port"),
                (Healthcheck) healthcheck, (String) healthPath);
    }
}

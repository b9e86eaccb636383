package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves answers between the single-service layout (top-level entrypoint, port and health check)
 * and the {@code services} list, so that a project gains and loses services without changing the
 * answers or files of the service named like the project.
 */
final class ServiceLayout {

    /** Per-service keys that also exist at the top level of a single-service project. */
    static final List<String> FIELDS = ServiceAnswers.KEYS.subList(1, ServiceAnswers.KEYS.size());

    private ServiceLayout() {}

    /**
     * Turns a single-service project that gains its first listed service into a list that keeps
     * the existing service, named after the project, with its top-level entrypoint, port and
     * health check, so adding {@code services.worker} adds a second service instead of replacing it.
     */
    @SuppressWarnings("unchecked")
    static void keepSingleService(AnswerMap answers) {
        Object name = answers.get("name");
        if (!answers.has("entrypoint") || name == null) {
            return;
        }
        List<Map<String, Object>> services = new ArrayList<>((List<Map<String, Object>>) answers.get(ServicesReader.KEY));
        Map<String, Object> existing = services.stream().filter(service -> name.equals(service.get("name")))
                .findFirst().orElse(null);
        if (existing == null) {
            existing = new LinkedHashMap<>();
            existing.put("name", name);
            services.add(0, existing);
        }
        for (String key : FIELDS) {
            if (answers.has(key)) {
                existing.putIfAbsent(key, answers.get(key));
                answers.remove(key);
            }
        }
        answers.put(ServicesReader.KEY, services);
    }

    /**
     * Checks the list once every input is read. An empty list is a problem. A list of one service
     * named like the project becomes the single-service layout, so its answers and files equal a
     * new single-service project's. One service with another name is a problem, as in the wizard.
     */
    @SuppressWarnings("unchecked")
    static void settle(AnswerMap answers, AnswerSources sources, List<Problem> problems) {
        if (!(answers.get(ServicesReader.KEY) instanceof List<?> services)) {
            return;
        }
        if (services.isEmpty()) {
            problems.add(ServicesResolver.emptyList(sources));
            return;
        }
        Object projectName = answers.get("name");
        if (services.size() != 1 || projectName == null) {
            // NOTE: with no name given, ServicesResolver rejects a one-entry list after the defaults.
            return;
        }
        Map<String, Object> service = (Map<String, Object>) services.get(0);
        if (projectName.equals(service.get("name"))) {
            collapse(answers, sources, service);
        } else if (service.get("name") != null) {
            problems.add(ServicesResolver.singleService(sources, projectName));
        }
    }

    /**
     * Moves the one entry's answers to the top-level keys. A missing port becomes none, because
     * an entry without a port listens on none, while the top-level port would default to 8080.
     */
    private static void collapse(AnswerMap answers, AnswerSources sources, Map<String, Object> service) {
        String label = ServicesReader.KEY + "." + service.get("name") + ".";
        answers.remove(ServicesReader.KEY);
        answers.put("port", null);
        for (String key : FIELDS) {
            if (service.containsKey(key)) {
                answers.put(key, service.get(key));
                sources.copy(label + key, key);
            }
        }
    }
}

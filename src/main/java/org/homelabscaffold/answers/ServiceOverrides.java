package org.homelabscaffold.answers;

import java.util.List;
import java.util.Map;

/** Applies the {@code --set} changes that remove or rename an entry of the {@code services} list. */
final class ServiceOverrides {

    private ServiceOverrides() {}

    /** Returns the entry named {@code name}, or null when there is none. */
    static Map<String, Object> find(List<Map<String, Object>> services, String name) {
        return services.stream().filter(entry -> name.equals(entry.get("name"))).findFirst().orElse(null);
    }

    /**
     * Applies {@code services.NAME=none}. A project without a list keeps its one service, because
     * turning it into a list would change its layout without being asked to.
     *
     * @param listed whether the answers had a {@code services} list before this change
     * @return whether {@code services} changed
     */
    static boolean remove(List<Map<String, Object>> services, boolean listed, String name, String text,
            List<Problem> problems) {
        String key = ServicesReader.KEY + "." + name;
        if (!text.strip().equals("none")) {
            problems.add(new Problem("--set", 0, key, "invalid value " + Problem.quote(text)
                    + ": expected none, to remove the service", "set its keys with " + key + ".KEY"));
            return false;
        }
        if (!listed) {
            problems.add(new Problem("--set", 0, key, "cannot remove " + Problem.quote(name) + ", the only service"
                    + " of a single-service project", "change its answers with --set entrypoint=..., port=... or"
                    + " healthcheck=... instead"));
            return false;
        }
        if (find(services, name) == null) {
            problems.add(notFound(services, name, key));
            return false;
        }
        services.removeIf(service -> name.equals(service.get("name")));
        return true;
    }

    /**
     * Applies {@code services.OLD.name=NEW}. A new name that another entry uses or that names a stage
     * is reported later by {@link ServicesResolver}, as for an answers file.
     *
     * @param listed whether the answers had a {@code services} list before this change
     * @return whether {@code services} changed
     */
    static boolean rename(List<Map<String, Object>> services, boolean listed, String name, String text,
            AnswerSources sources, List<Problem> problems) {
        String key = ServicesReader.KEY + "." + name + ".name";
        if (!listed) {
            problems.add(new Problem("--set", 0, key, "cannot rename " + Problem.quote(name) + ": the project has"
                    + " a single service, which takes the project's name", "rename both with --set name=NEW"));
            return false;
        }
        Map<String, Object> service = find(services, name);
        if (service == null) {
            problems.add(notFound(services, name, key));
            return false;
        }
        ValueParser.Result result = ValueParser.parseText(ServicesReader.question("name"), text);
        if (!result.isValid()) {
            problems.add(new Problem("--set", 0, key, result.error(), result.hint()));
            return false;
        }
        String label = ServicesReader.KEY + "." + result.value();
        service.put("name", result.value());
        sources.record(label, "--set", 0);
        sources.record(label + ".name", "--set", 0);
        for (String field : ServiceLayout.FIELDS) {
            sources.copy(ServicesReader.KEY + "." + name + "." + field, label + "." + field);
        }
        return true;
    }

    private static Problem notFound(List<Map<String, Object>> services, String name, String key) {
        List<String> names = services.stream().map(service -> String.valueOf(service.get("name"))).toList();
        return new Problem("--set", 0, key, "no service named " + Problem.quote(name),
                "the services are " + String.join(", ", names));
    }
}

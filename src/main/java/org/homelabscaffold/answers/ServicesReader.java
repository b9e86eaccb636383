package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code services} list, from the answers file or from {@code --set services.NAME.KEY=VALUE},
 * into entries of parsed values. Each per-service key is checked by the same rule as the top-level
 * key of that name. Entries are kept in an {@link AnswerMap} under {@code services} as a list of maps.
 */
final class ServicesReader {

    static final String KEY = "services";

    private ServicesReader() {}

    static void readFile(String source, YamlNode.Entry entry, AnswerMap answers, AnswerSources sources,
            List<Problem> problems) {
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            problems.add(new Problem(source, entry.keyLine(), KEY, "invalid value " + YamlNode.describe(entry.value())
                    + ": expected a list of services", "write lines such as '  - name: api' under 'services:'"));
            return;
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                problems.add(new Problem(source, item.line(), KEY, "invalid entry " + YamlNode.describe(item)
                        + ": expected a mapping with name and entrypoint", "write '- name: api' then indented keys"));
                continue;
            }
            services.add(readEntry(source, mapping, services.size(), sources, problems));
        }
        answers.put(KEY, services);
        sources.record(KEY, source, entry.keyLine());
    }

    private static Map<String, Object> readEntry(String source, YamlNode.Mapping mapping, int index,
            AnswerSources sources, List<Problem> problems) {
        Map<String, Object> service = new LinkedHashMap<>();
        String label = entryLabel(mapping, index);
        for (YamlNode.Entry field : mapping.asMap().values()) {
            String key = label + "." + field.key();
            if (!ServiceAnswers.KEYS.contains(field.key())) {
                String hint = Suggestions.didYouMean(field.key(), ServiceAnswers.KEYS);
                problems.add(new Problem(source, field.keyLine(), key, "unknown key",
                        hint.isEmpty() ? "allowed keys: " + String.join(", ", ServiceAnswers.KEYS) : hint));
                continue;
            }
            ValueParser.Result result = ValueParser.parse(question(field.key()), field.value());
            sources.record(key, source, field.keyLine());
            if (result.isValid()) {
                service.put(field.key(), result.value());
            } else {
                problems.add(new Problem(source, field.keyLine(), key, result.error(), result.hint()));
            }
        }
        sources.record(label, source, mapping.line());
        return service;
    }

    /**
     * Applies {@code services.NAME.KEY=VALUE}, adding the service when it is new,
     * {@code services.OLD.name=NEW}, which renames a service, or {@code services.NAME=none}.
     */
    @SuppressWarnings("unchecked")
    static void readOverride(String key, String text, AnswerMap answers, AnswerSources sources,
            List<Problem> problems) {
        String[] parts = key.split("\\.", 3);
        if (parts.length < 2 || parts[1].isEmpty()) {
            problems.add(new Problem("--set", 0, key, "expected services.NAME.KEY=VALUE",
                    "for example --set services.worker.entrypoint=./cmd/worker"));
            return;
        }
        List<Map<String, Object>> services = new ArrayList<>();
        if (answers.get(KEY) instanceof List<?> existing) {
            existing.forEach(service -> services.add(new LinkedHashMap<>((Map<String, Object>) service)));
        }
        String name = parts[1];
        boolean applied;
        if (parts.length == 2) {
            applied = ServiceOverrides.remove(services, answers.has(KEY), name, text, problems);
            if (applied) {
                Problem.dropOverridden(problems, KEY + "." + name);
            }
        } else if (parts[2].equals("name")) {
            applied = ServiceOverrides.rename(services, answers.has(KEY), name, text, sources, problems);
        } else {
            applied = setField(services, name, parts[2], text, sources, problems);
        }
        if (applied) {
            answers.put(KEY, services);
            sources.record(KEY, "--set", 0);
        }
    }

    private static boolean setField(List<Map<String, Object>> services, String name, String field, String text,
            AnswerSources sources, List<Problem> problems) {
        String key = KEY + "." + name + "." + field;
        if (!ServiceLayout.FIELDS.contains(field)) {
            String hint = Suggestions.didYouMean(field, ServiceAnswers.KEYS);
            problems.add(new Problem("--set", 0, key, "unknown key",
                    hint.isEmpty() ? "allowed keys: " + String.join(", ", ServiceAnswers.KEYS) : hint));
            return false;
        }
        Map<String, Object> service = ServiceOverrides.find(services, name);
        if (service == null) {
            ValueParser.Result parsedName = ValueParser.parseText(question("name"), name);
            if (!parsedName.isValid()) {
                problems.add(new Problem("--set", 0, KEY + "." + name, parsedName.error(), parsedName.hint()));
                return false;
            }
            service = new LinkedHashMap<>();
            service.put("name", name);
            services.add(service);
            sources.record(KEY + "." + name, "--set", 0);
        }
        ValueParser.Result result = ValueParser.parseText(question(field), text);
        sources.record(key, "--set", 0);
        if (!result.isValid()) {
            problems.add(new Problem("--set", 0, key, result.error(), result.hint()));
            return false;
        }
        service.put(field, result.value());
        Problem.dropOverridden(problems, key);
        return true;
    }

    /** Names an entry in messages by its service name when that is a plain word, else by position. */
    private static String entryLabel(YamlNode.Mapping mapping, int index) {
        YamlNode.Entry name = mapping.asMap().get("name");
        if (name != null && name.value() instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text
                && ValueRules.name(text).isEmpty()) {
            return KEY + "." + text;
        }
        return KEY + "[" + (index + 1) + "]";
    }

    static Question question(String key) {
        return Questions.byKey(key).orElseThrow();
    }
}

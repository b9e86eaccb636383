package org.homelabscaffold.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads answers from an answers file and from {@code --set KEY=VALUE} pairs into an
 * {@link AnswerMap}, collecting every problem instead of stopping at the first.
 */
public final class AnswersReader {

    /** Answers as given, before defaults, with where each came from and the problems found. */
    public record Given(AnswerMap answers, AnswerSources sources, List<Problem> problems, List<String> warnings) {}

    private final AnswerMap answers = new AnswerMap();
    private final AnswerSources sources;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private final List<SchemaMigrations.Step> migrationSteps;
    private final int currentSchema;

    private AnswersReader(String defaultSource, List<SchemaMigrations.Step> migrationSteps, int currentSchema) {
        this.sources = new AnswerSources(defaultSource);
        this.migrationSteps = migrationSteps;
        this.currentSchema = currentSchema;
    }

    /**
     * Reads {@code fileText} (may be null when there is no answers file), then applies {@code overrides}.
     *
     * @param fileName name used in messages, such as {@code answers.yaml}
     */
    public static Given read(String fileName, String fileText, List<String> overrides) {
        return read(fileName, fileText, overrides, SchemaMigrations.STEPS, Questions.SCHEMA);
    }

    /** Reads like {@link #read(String, String, List)}, upgrading older files with {@code migrationSteps}. */
    static Given read(String fileName, String fileText, List<String> overrides,
            List<SchemaMigrations.Step> migrationSteps, int currentSchema) {
        AnswersReader reader = new AnswersReader(fileName == null ? "--set" : fileName, migrationSteps,
                currentSchema);
        if (fileText != null) {
            reader.readFile(fileName, fileText);
        }
        boolean listedServices = reader.answers.has(ServicesReader.KEY);
        for (String override : overrides) {
            reader.readOverride(override);
        }
        if (!listedServices && reader.answers.has(ServicesReader.KEY)) {
            ServiceLayout.keepSingleService(reader.answers);
        }
        ServiceLayout.settle(reader.answers, reader.sources, reader.problems);
        return new Given(reader.answers, reader.sources, List.copyOf(reader.problems), List.copyOf(reader.warnings));
    }

    private void readFile(String fileName, String text) {
        YamlNode root;
        try {
            root = YamlTreeReader.read(text, fileName);
        } catch (InvalidAnswersException e) {
            problems.addAll(e.problems());
            return;
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.add(new Problem(fileName, root.line(), "", "expected a mapping of keys to answers, found "
                    + YamlNode.describe(root), "start with lines such as 'language: go'"));
            return;
        }
        SchemaMigrations.migrate(mapping, fileName, problems, migrationSteps, currentSchema);
        readMapping(fileName, mapping, "");
    }

    private void readMapping(String fileName, YamlNode.Mapping mapping, String prefix) {
        for (Map.Entry<String, YamlNode.Entry> entry : mapping.asMap().entrySet()) {
            String key = prefix + entry.getKey();
            YamlNode.Entry value = entry.getValue();
            if (key.equals("schema")) {
                continue;
            }
            if (key.equals(ServicesReader.KEY)) {
                ServicesReader.readFile(fileName, value, answers, sources, problems);
            } else if (key.equals("migration") && value.value() instanceof YamlNode.Mapping nested) {
                readMapping(fileName, nested, "migration.");
            } else if (key.equals("migration") && isNull(value.value())) {
                answers.put("migration.database", null);
                sources.record("migration.database", fileName, value.keyLine());
            } else if (key.equals("migration")) {
                problems.add(new Problem(fileName, value.keyLine(), key, "invalid value "
                        + YamlNode.describe(value.value()) + ": expected a mapping with database and command",
                        "write 'migration:' then indented 'database: postgres'"));
            } else {
                readValue(fileName, key, value.keyLine(), value.value());
            }
        }
    }

    private void readValue(String source, String key, int line, YamlNode node) {
        Question question = Questions.byKey(key).orElse(null);
        if (question == null) {
            String hint = Suggestions.didYouMean(key, allowedKeys());
            problems.add(new Problem(source, line, key, "unknown key", hint.isEmpty()
                    ? "allowed keys: " + String.join(", ", allowedKeys()) : hint));
            return;
        }
        ValueParser.Result result = ValueParser.parse(question, node);
        sources.record(key, source, line);
        if (result.isValid()) {
            answers.put(key, result.value());
        } else {
            problems.add(new Problem(source, line, key, result.error(), result.hint()));
        }
    }

    private void readOverride(String override) {
        int equals = override.indexOf('=');
        if (equals <= 0) {
            problems.add(new Problem("--set", 0, "", "invalid value " + Problem.quote(override)
                    + ": expected KEY=VALUE", "for example --set base=alpine"));
            return;
        }
        String key = override.substring(0, equals).strip();
        String text = override.substring(equals + 1);
        if (key.startsWith(ServicesReader.KEY + ".")) {
            ServicesReader.readOverride(key, text, answers, sources, problems);
            return;
        }
        if (key.equals(ServicesReader.KEY)) {
            problems.add(new Problem("--set", 0, key, "invalid value " + Problem.quote(text) + ": the services list"
                    + " takes one entry at a time", "write --set services.NAME.KEY=VALUE to add or change a service,"
                    + " or --set services.NAME=none to remove one"));
            return;
        }
        Question question = Questions.byKey(key).orElse(null);
        if (question == null) {
            String hint = Suggestions.didYouMean(key, allowedKeys());
            problems.add(new Problem("--set", 0, key, "unknown key",
                    hint.isEmpty() ? "allowed keys: " + String.join(", ", allowedKeys()) : hint));
            return;
        }
        ValueParser.Result result = ValueParser.parseText(question, text);
        sources.record(key, "--set", 0);
        if (result.isValid()) {
            answers.put(key, result.value());
            Problem.dropOverridden(problems, key);
        } else {
            problems.add(new Problem("--set", 0, key, result.error(), result.hint()));
        }
    }

    /** Returns every top-level key an answers file may hold, dotted for nested ones. */
    public static List<String> allowedKeys() {
        List<String> keys = new ArrayList<>(List.of("schema"));
        keys.addAll(Questions.keys());
        keys.addAll(Questions.fileOnlyKeys());
        keys.add(ServicesReader.KEY);
        return keys;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.value() == null;
    }
}

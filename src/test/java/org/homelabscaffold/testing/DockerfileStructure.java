package org.homelabscaffold.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Dockerfile reader for tests: global ARGs and the stages with their instructions, with
 * continuation lines joined and comments dropped.
 */
public record DockerfileStructure(String firstLine, List<String> globalArgs, Map<String, Stage> stages) {

    private static final Pattern FROM = Pattern.compile("FROM (--platform=\\S+ )?(\\S+) AS (\\S+)");
    /** {@code ${NAME}} or {@code ${NAME:-word}}, the two forms the generated FROM lines use. */
    private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{(\\w+)(?::-([^}]*))?}");

    /** One stage: its base and its instructions in order. */
    public record Stage(String name, String from, List<String> instructions) {

        public List<String> withKeyword(String keyword) {
            return instructions.stream().filter(line -> line.startsWith(keyword + " ")).toList();
        }
    }

    public static DockerfileStructure parse(String text) {
        List<String> globalArgs = new ArrayList<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        Stage current = null;
        for (String instruction : instructions(text)) {
            Matcher from = FROM.matcher(instruction);
            if (from.matches()) {
                current = new Stage(from.group(3), from.group(2), new ArrayList<>());
                if (stages.put(current.name(), current) != null) {
                    throw new AssertionError("stage " + current.name() + " is defined twice");
                }
            } else if (instruction.startsWith("FROM ")) {
                throw new AssertionError("FROM without a stage name: " + instruction);
            } else if (current == null) {
                globalArgs.add(instruction);
            } else {
                current.instructions().add(instruction);
            }
        }
        return new DockerfileStructure(text.lines().findFirst().orElse(""), globalArgs, stages);
    }

    public Stage lastStage() {
        return new ArrayList<>(stages.values()).get(stages.size() - 1);
    }

    /**
     * Returns {@code stage} and the stages it is built FROM, nearest first, with each base
     * resolved as in a build without build arguments.
     */
    public List<Stage> chain(String stage) {
        List<Stage> chain = new ArrayList<>();
        Stage current = stages.get(stage);
        while (current != null) {
            chain.add(current);
            current = stages.get(resolvedFrom(current));
        }
        return chain;
    }

    /**
     * Returns the base of {@code stage} with the global ARGs expanded to their defaults, as in a
     * build without build arguments. {@code ${NAME:-word}} gives {@code word} when NAME is empty.
     */
    public String resolvedFrom(Stage stage) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String arg : globalArgs) {
            String[] declaration = arg.substring("ARG ".length()).split("=", 2);
            defaults.put(declaration[0], declaration.length > 1 ? declaration[1] : "");
        }
        return ARG_REFERENCE.matcher(stage.from()).replaceAll(reference -> {
            String value = defaults.getOrDefault(reference.group(1), "");
            if (value.isEmpty() && reference.group(2) != null) {
                value = reference.group(2);
            }
            return Matcher.quoteReplacement(value);
        });
    }

    private static List<String> instructions(String text) {
        List<String> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            instructions.add(pending.toString().replaceAll("\\s+", " "));
            pending.setLength(0);
        }
        return instructions;
    }
}

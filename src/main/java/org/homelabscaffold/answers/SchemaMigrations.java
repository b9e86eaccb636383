package org.homelabscaffold.answers;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Upgrades answers files written for an older schema to the current one, step by step, before
 * they are read. Each step renames or reshapes keys of one schema version.
 */
final class SchemaMigrations {

    /** One upgrade from schema {@code from} to {@code from + 1}. */
    interface Step {
        int from();

        void apply(YamlNode.Mapping root);
    }

    /** Steps in order of {@code from}; schema 1 is the first, so there are none yet. */
    static final List<Step> STEPS = List.of();

    private SchemaMigrations() {}

    /**
     * Returns a step from schema {@code from} that renames the top-level key {@code oldKey} to
     * {@code newKey}, keeping its value, its line and its place in the file.
     */
    static Step renameKey(int from, String oldKey, String newKey) {
        return new Step() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void apply(YamlNode.Mapping root) {
                if (!root.entries().containsKey(oldKey) || root.entries().containsKey(newKey)) {
                    return;
                }
                LinkedHashMap<String, YamlNode.Entry> renamed = new LinkedHashMap<>();
                for (YamlNode.Entry entry : root.entries().values()) {
                    boolean isOld = entry.key().equals(oldKey);
                    renamed.put(isOld ? newKey : entry.key(),
                            isOld ? new YamlNode.Entry(newKey, entry.keyLine(), entry.value()) : entry);
                }
                root.entries().clear();
                root.entries().putAll(renamed);
            }
        };
    }

    static void migrate(YamlNode.Mapping root, String source, List<Problem> problems) {
        migrate(root, source, problems, STEPS, Questions.SCHEMA);
    }

    static void migrate(YamlNode.Mapping root, String source, List<Problem> problems, List<Step> steps, int current) {
        YamlNode.Entry entry = root.asMap().get("schema");
        if (entry == null) {
            return;
        }
        if (!(entry.value() instanceof YamlNode.Scalar scalar) || !(scalar.value() instanceof Integer schema)
                || schema < 1) {
            problems.add(new Problem(source, entry.keyLine(), "schema", "invalid value "
                    + YamlNode.describe(entry.value()) + ": expected a schema number from 1 to " + current, ""));
            return;
        }
        if (schema > current) {
            problems.add(new Problem(source, entry.keyLine(), "schema", "schema " + schema
                    + " is newer than this homelab-scaffold understands (" + current + ")",
                    "upgrade homelab-scaffold"));
            return;
        }
        for (Step step : steps) {
            if (step.from() >= schema && step.from() < current) {
                step.apply(root);
            }
        }
    }
}

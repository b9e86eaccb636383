package org.homelabscaffold.answers;

import java.util.List;

/** Builds the {@link Answers} record from a complete, checked {@link AnswerMap}. */
final class AnswersFactory {

    private AnswersFactory() {}

    static Answers create(AnswerMap values, List<ServiceAnswers> services) {
        Database database = (Database) values.get("migration.database");
        Migration migration = database == null ? null
                : new Migration(database, values.list("migration.command"));
        return new Answers(
                Questions.SCHEMA,
                (String) values.get("name"),
                values.language().orElseThrow(),
                (String) values.get("version"),
                values.isTrue("nativeCode"),
                values.list("systemLibraries"),
                values.base().orElseThrow(),
                (Integer) values.get("port"),
                (String) values.get("entrypoint"),
                values.role().orElseThrow(),
                migration,
                values.get("healthcheck") == null ? Healthcheck.NONE : (Healthcheck) values.get("healthcheck"),
                (String) values.get("healthPath"),
                values.packageManager().orElseThrow(),
                values.isTrue("lockfile"),
                values.isTrue("buildScript"),
                values.list("runtimeFiles"),
                values.list("dependencyFiles"),
                values.list("platforms"),
                (String) values.get("image"),
                services);
    }

    /** Returns the answers as an {@link AnswerMap}, the inverse of {@link #create}. */
    static AnswerMap toMap(Answers answers) {
        AnswerMap values = new AnswerMap();
        values.put("name", answers.name());
        values.put("language", answers.language());
        values.put("version", answers.version());
        values.put("packageManager", answers.packageManager());
        values.put("lockfile", answers.lockfile());
        values.put("buildScript", answers.buildScript());
        values.put("nativeCode", answers.nativeCode());
        values.put("systemLibraries", answers.systemLibraries());
        values.put("base", answers.base());
        values.put("role", answers.role());
        values.put("entrypoint", answers.entrypoint());
        values.put("port", answers.port());
        values.put("healthcheck", answers.healthcheck());
        values.put("healthPath", answers.healthPath());
        values.put("migration.database", answers.hasMigration() ? answers.migration().database() : null);
        values.put("migration.command", answers.hasMigration() ? answers.migration().command() : List.of());
        values.put("runtimeFiles", answers.runtimeFiles());
        values.put("dependencyFiles", answers.dependencyFiles());
        values.put("platforms", answers.platforms());
        values.put("image", answers.image());
        if (answers.isMultiService()) {
            values.put(ServicesReader.KEY, answers.services());
        }
        return values;
    }
}

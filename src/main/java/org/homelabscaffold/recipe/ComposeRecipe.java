package org.homelabscaffold.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Language;
import org.homelabscaffold.answers.ServiceAnswers;
import org.homelabscaffold.recipe.ComposePlan.ComposeHealthcheck;
import org.homelabscaffold.recipe.ComposePlan.Dependency;
import org.homelabscaffold.recipe.ComposePlan.Service;

/**
 * Decides compose.yaml: every service read-only with a small /tmp, all capabilities dropped and
 * no privilege gain, and the start order database healthy, then migration done, then app.
 */
final class ComposeRecipe {

    static final String TMP = "/tmp:size=64m,mode=1777";

    private ComposeRecipe() {}

    static ComposePlan plan(Answers answers, RuntimeUser user, Function<ServiceAnswers, List<String>> healthcheck) {
        List<Service> services = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        DatabaseService database = answers.hasMigration() ? DatabaseService.of(answers) : null;
        if (database != null) {
            services.add(database.service());
            volumes.add(DatabaseService.VOLUME);
        }
        if (answers.isMigrationSidecar()) {
            services.add(migrate(answers, answers.name(), RuntimeStages.RUNTIME, answers.image(), user, database));
        } else {
            if (database != null) {
                services.add(migrate(answers, "migrate", RuntimeStages.MIGRATE, answers.image() + "-migrate", user,
                        database));
            }
            for (ServiceAnswers service : answers.serviceList()) {
                services.add(app(answers, service, user, healthcheck.apply(service), database));
            }
        }
        return new ComposePlan(header(answers, database), services, volumes);
    }

    private static Service app(Answers answers, ServiceAnswers service, RuntimeUser user, List<String> healthcheck,
            DatabaseService database) {
        Integer port = service.port();
        List<String> ports = port == null ? List.of() : List.of(port + ":" + port);
        ComposeHealthcheck check = healthcheck.isEmpty() ? null : new ComposeHealthcheck(withCmd(healthcheck),
                Healthchecks.INTERVAL, Healthchecks.TIMEOUT, Healthchecks.RETRIES, Healthchecks.START_PERIOD);
        List<Dependency> dependsOn = database == null ? List.of()
                : List.of(new Dependency("migrate", "service_completed_successfully"));
        String target = answers.isMultiService() ? service.name() : RuntimeStages.RUNTIME;
        String image = answers.imageOf(service);
        return new Service(service.name(),
                List.of(describe(answers, service) + (database == null ? "."
                        : "; it starts only after the migration has succeeded.")),
                target, image + ":latest", user.id(), List.of(TMP), List.of(),
                needsInit(answers), "unless-stopped", ports,
                database == null ? List.of() : database.clientEnvironment(), List.of(), check, dependsOn);
    }

    private static String describe(Answers answers, ServiceAnswers service) {
        return answers.isMultiService() ? "The " + service.name() + " service" : "The app";
    }

    private static Service migrate(Answers answers, String name, String target, String image, RuntimeUser user,
            DatabaseService database) {
        return new Service(name,
                List.of("One-shot migration: runs once the database is healthy, then exits"
                        + (answers.isMigrationSidecar() ? "." : "; a failure keeps the app down.")),
                target, image + ":latest", user.id(), List.of(TMP), List.of(), needsInit(answers), "no",
                List.of(), database.clientEnvironment(), List.of(), null,
                List.of(new Dependency(DatabaseService.NAME, "service_healthy")));
    }

    private static List<String> header(Answers answers, DatabaseService database) {
        List<String> header = new ArrayList<>();
        header.add("Compose file for " + answers.name() + ", written by homelab-scaffold.");
        if (database != null) {
            header.add("Set " + database.passwordVariable() + " in a .env file next to this file (never commit it),");
            header.add("then start with: docker compose up -d");
            header.add("DATABASE_URL embeds the password as it is, so choose one without @ : / ? # or %.");
        } else {
            header.add("Start with: docker compose up -d");
        }
        return header;
    }

    private static List<String> withCmd(List<String> command) {
        List<String> test = new ArrayList<>(List.of("CMD"));
        test.addAll(command);
        return test;
    }

    /** Node.js and Python do not reap orphaned child processes as PID 1, so a tiny init does. */
    private static boolean needsInit(Answers answers) {
        return answers.language() != Language.GO;
    }
}

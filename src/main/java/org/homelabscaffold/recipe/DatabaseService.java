package org.homelabscaffold.recipe;

import java.util.List;
import org.homelabscaffold.answers.Answers;
import org.homelabscaffold.answers.Database;
import org.homelabscaffold.answers.DefaultVersions;
import org.homelabscaffold.recipe.ComposePlan.ComposeHealthcheck;
import org.homelabscaffold.recipe.ComposePlan.EnvVar;
import org.homelabscaffold.recipe.ComposePlan.Service;

/**
 * The database service and the connection settings the app and migration receive. The password
 * comes only from the environment: Compose stops with the given message when it is unset.
 */
record DatabaseService(Database database, String user, String databaseName) {

    static final String NAME = "db";
    static final String VOLUME = "db-data";

    static DatabaseService of(Answers answers) {
        return new DatabaseService(answers.migration().database(), answers.name(), answers.name());
    }

    String passwordVariable() {
        return database == Database.POSTGRES ? "POSTGRES_PASSWORD" : "MARIADB_PASSWORD";
    }

    String passwordReference() {
        return "${" + passwordVariable() + ":?set " + passwordVariable() + " in .env}";
    }

    Service service() {
        boolean postgres = database == Database.POSTGRES;
        List<EnvVar> environment = postgres
                ? List.of(new EnvVar("POSTGRES_USER", user, false), new EnvVar("POSTGRES_DB", databaseName, false),
                        new EnvVar("POSTGRES_PASSWORD", passwordReference(), true))
                : List.of(new EnvVar("MARIADB_USER", user, false), new EnvVar("MARIADB_DATABASE", databaseName, false),
                        new EnvVar("MARIADB_PASSWORD", passwordReference(), true),
                        new EnvVar("MARIADB_RANDOM_ROOT_PASSWORD", "1", false));
        List<String> check = postgres
                ? List.of("CMD", "pg_isready", "-U", user, "-d", databaseName)
                : List.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized");
        String image = postgres ? "postgres:" + DefaultVersions.POSTGRES : "mariadb:" + DefaultVersions.MARIADB;
        String data = postgres ? "/var/lib/postgresql/data" : "/var/lib/mysql";
        List<String> tmpfs = postgres
                ? List.of(ComposeRecipe.TMP, "/var/run/postgresql")
                : List.of(ComposeRecipe.TMP, "/run/mysqld");
        return new Service(NAME,
                List.of("Not published to the host: only the services in this file reach it.",
                        "Its entrypoint starts as root to set up the data folder, then drops to its own user;",
                        "those are the only capabilities it keeps."),
                null, image, null, tmpfs, List.of("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"), false,
                "unless-stopped", List.of(), environment, List.of(VOLUME + ":" + data),
                new ComposeHealthcheck(check, "10s", "5s", 5, "30s"), List.of());
    }

    /** Returns the variables the app and the migration connect with. */
    List<EnvVar> clientEnvironment() {
        boolean postgres = database == Database.POSTGRES;
        String url = (postgres ? "postgresql://" : "mysql://") + user + ":" + passwordReference() + "@" + NAME + ":"
                + (postgres ? "5432" : "3306") + "/" + databaseName;
        return List.of(new EnvVar("DATABASE_URL", url, true), new EnvVar("DATABASE_HOST", NAME, false),
                new EnvVar("DATABASE_NAME", databaseName, false), new EnvVar("DATABASE_USER", user, false),
                new EnvVar("DATABASE_PASSWORD", passwordReference(), true));
    }
}

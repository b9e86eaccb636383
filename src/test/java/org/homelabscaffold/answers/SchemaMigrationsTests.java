package org.homelabscaffold.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Upgrading an older answers file, shown with a made-up schema 2 that renamed {@code port}. */
class SchemaMigrationsTests {

    /** Schema 1 called the key {@code listenPort}; the made-up schema 2 calls it {@code port}. */
    private static final List<SchemaMigrations.Step> RENAME_PORT = List.of(
            SchemaMigrations.renameKey(1, "listenPort", "port"));

    @Test
    void olderFileIsMigratedBeforeReading() {
        String schemaOne = "schema: 1\nname: photos\nlanguage: go\nlistenPort: 9090\n";

        AnswersReader.Given given = AnswersReader.read("answers.yaml", schemaOne, List.of(), RENAME_PORT, 2);

        assertThat(given.problems()).isEmpty();
        assertThat(given.answers().get("port")).isEqualTo(9090);
        assertThat(given.answers().has("listenPort")).isFalse();
    }

    @Test
    void renamedKeyKeepsItsLine() {
        String schemaOne = "schema: 1\nname: photos\nlanguage: go\nlistenPort: 99999\n";

        AnswersReader.Given given = AnswersReader.read("answers.yaml", schemaOne, List.of(), RENAME_PORT, 2);

        assertThat(given.problems()).extracting(Problem::line).containsExactly(4);
        assertThat(given.problems()).extracting(Problem::key).containsExactly("port");
    }

    @Test
    void currentFileIsNotMigrated() {
        String schemaTwo = "schema: 2\nname: photos\nlanguage: go\nlistenPort: 9090\n";

        AnswersReader.Given given = AnswersReader.read("answers.yaml", schemaTwo, List.of(), RENAME_PORT, 2);

        assertThat(given.problems()).extracting(Problem::message).containsExactly("unknown key");
    }

    @Test
    void setOverridesMigratedValue() {
        String schemaOne = "schema: 1\nname: photos\nlanguage: go\nlistenPort: 9090\n";

        AnswersReader.Given given = AnswersReader.read("answers.yaml", schemaOne, List.of("port=7000"),
                RENAME_PORT, 2);

        assertThat(given.answers().get("port")).isEqualTo(7000);
    }

    @Test
    void migratedAnswersAreWrittenInCurrentSchema() {
        String schemaOne = "schema: 1\nname: photos\nlanguage: go\nlistenPort: 9090\n";
        AnswersReader.Given given = AnswersReader.read("answers.yaml", schemaOne, List.of(), RENAME_PORT, 2);

        String written = AnswersWriter.write(AnswersResolver.resolve(given, java.util.Map.of()).answers());

        assertThat(written).contains("\nport: 9090\n");
        assertThat(written).doesNotContain("listenPort");
    }
}

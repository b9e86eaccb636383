package org.homelabscaffold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DamagedInstallationTests {

    @Test
    void missingLibraryPrintsOneLineAndExitsOne() throws Exception {
        // Only the product's own classes are on the class path, as when target/lib is missing.
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", classes.toString(), Main.class.getName(), "new",
                "--no-such-option");

        BoundedProcess.Result result = BoundedProcess.run(command, classes, Map.of(), Duration.ofSeconds(30));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).isEqualTo("error: homelab-scaffold is damaged or incomplete: class "
                + "picocli.CommandLine could not be loaded; rebuild it with ./mvnw -q -B -DskipTests package\n");
    }

    @Test
    void missingClassIsNamedWithDots() {
        String message = DamagedInstallation.describe(new NoClassDefFoundError("com/fasterxml/jackson/core/JsonFactory"));

        assertThat(message).contains("class com.fasterxml.jackson.core.JsonFactory could not be loaded");
    }

    @Test
    void corruptClassNamesTheErrorAndItsMessage() {
        String message = DamagedInstallation.describe(new ClassFormatError("Truncated class file"));

        assertThat(message).isEqualTo("homelab-scaffold is damaged or incomplete: a class could not be loaded: "
                + "ClassFormatError (Truncated class file); rebuild it with ./mvnw -q -B -DskipTests package");
    }

    @Test
    void versionWithoutLibrariesPrintsNoStackTrace() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", classes.toString(), Main.class.getName(), "--version");

        BoundedProcess.Result result = BoundedProcess.run(command, classes, Map.of(), Duration.ofSeconds(30));

        assertThat(result.output()).doesNotContain("\tat ");
    }
}

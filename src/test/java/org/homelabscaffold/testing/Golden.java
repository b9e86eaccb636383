package org.homelabscaffold.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file, exactly but for CRLF line ends. Running with
 * {@code -Dgolden.update=true} rewrites the golden files instead; that is refused when CI=true.
 */
public final class Golden {

    public static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static boolean isUpdating() {
        boolean update = Boolean.getBoolean("golden.update");
        if (update && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("golden.update=true is refused when CI=true: golden files change only"
                    + " in a reviewed commit");
        }
        return update;
    }

    /** Asserts that {@code actual} equals the golden file, or rewrites it when updating. */
    public static void assertMatches(Path golden, String actual) throws IOException {
        if (isUpdating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(actual.replace("\r\n", "\n")).as("generated text against %s", golden).isEqualTo(expected);
    }
}

package org.homelabscaffold.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolIdentityTests {

    @TempDir
    Path folder;

    @Test
    void fingerprintIgnoresEntryOrder() throws IOException {
        Path first = jar("first.jar", Map.of("a.txt", "one", "b.txt", "two"), false);
        Path second = jar("second.jar", Map.of("a.txt", "one", "b.txt", "two"), true);

        assertThat(ToolIdentity.fingerprint(first)).isEqualTo(ToolIdentity.fingerprint(second));
    }

    @Test
    void fingerprintChangesWithContent() throws IOException {
        Path first = jar("first.jar", Map.of("a.txt", "one", "b.txt", "two"), false);
        Path second = jar("second.jar", Map.of("a.txt", "one", "b.txt", "three"), false);

        assertThat(ToolIdentity.fingerprint(first)).isNotEqualTo(ToolIdentity.fingerprint(second));
    }

    @Test
    void fingerprintChangesWithEntryName() throws IOException {
        Path first = jar("first.jar", Map.of("a.txt", "one"), false);
        Path second = jar("second.jar", Map.of("c.txt", "one"), false);

        assertThat(ToolIdentity.fingerprint(first)).isNotEqualTo(ToolIdentity.fingerprint(second));
    }

    @Test
    void fingerprintHasSixteenHexDigits() throws IOException {
        Path jar = jar("only.jar", Map.of("a.txt", "one"), false);

        assertThat(ToolIdentity.fingerprint(jar)).matches("jar-entries:[0-9a-f]{16}");
    }

    /** Writes a jar containing {@code entries}, in sorted name order or in reverse order. */
    private Path jar(String name, Map<String, String> entries, boolean reversed) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.keySet().stream().sorted(reversed ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder())
                .forEach(key -> ordered.put(key, entries.get(key)));
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : ordered.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}

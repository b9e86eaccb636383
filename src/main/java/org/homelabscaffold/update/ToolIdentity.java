package org.homelabscaffold.update;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * The homelab-scaffold build that rendered a project's files.
 *
 * @param version the release version, or {@code development build} when it is not known
 * @param build a fingerprint of the build's code and templates, or empty when it cannot be computed
 */
public record ToolIdentity(String version, String build) {

    private static final String DEVELOPMENT = "development build";

    /** Returns the identity of the running build; computed once, because the jar does not change. */
    public static ToolIdentity current() {
        return Holder.CURRENT;
    }

    /**
     * Returns whether {@code other} is known to be this very build, so it renders the same answers to
     * the same bytes. An unknown build (a run from a classes folder) is never the same.
     */
    public boolean isSameBuild(ToolIdentity other) {
        return !build.isEmpty() && build.equals(other.build);
    }

    private static final class Holder {
        static final ToolIdentity CURRENT = compute();
    }

    private static ToolIdentity compute() {
        String version = ToolIdentity.class.getPackage().getImplementationVersion();
        return new ToolIdentity(version == null ? DEVELOPMENT : version, fingerprint());
    }

    /**
     * Combines the name and CRC-32 of every entry of the running jar, including its manifest and
     * so the names of the library jars. The jar's directory already stores each CRC, so this reads
     * no entry data; a rebuild with the same content gives the same fingerprint. Being 32 bits, two
     * different builds share a fingerprint by chance once in about four billion.
     */
    private static String fingerprint() {
        Path jar = runningJar();
        if (jar == null) {
            return "";
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            SortedMap<String, Long> entries = new TreeMap<>();
            for (Enumeration<JarEntry> all = file.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                entries.put(entry.getName(), entry.getCrc());
            }
            CRC32 crc = new CRC32();
            for (Map.Entry<String, Long> entry : entries.entrySet()) {
                crc.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                crc.update(ByteBuffer.allocate(Long.BYTES).putLong(entry.getValue()).array());
            }
            return "jar-crc32:" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return "";
        }
    }

    private static Path runningJar() {
        CodeSource source = ToolIdentity.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}

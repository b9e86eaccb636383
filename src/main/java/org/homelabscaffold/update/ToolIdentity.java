package org.homelabscaffold.update;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

    private static String fingerprint() {
        Path jar = runningJar();
        if (jar == null) {
            return "";
        }
        try {
            return fingerprint(jar);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Combines the name and CRC-32 of every entry of {@code jar}, including its manifest and so the
     * names of the library jars. The jar's directory already stores each CRC, so this reads no entry
     * data, and a rebuild with the same content gives the same fingerprint. Each entry is hashed to
     * 64 bits and the hashes are added, so the order of the entries does not matter. Sorting the
     * names instead took about half of this method's time just after JVM start. Two different
     * builds share a fingerprint by chance about once in 2^64.
     */
    static String fingerprint(Path jar) throws IOException {
        long sum = 0;
        try (ZipFile file = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                CRC32 name = new CRC32();
                name.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                sum += mix(name.getValue() << 32 | entry.getCrc());
            }
        }
        String hex = Long.toHexString(sum);
        return "jar-entries:" + "0".repeat(16 - hex.length()) + hex;
    }

    /** Spreads every input bit over the whole result (the finalizer of the SplitMix64 generator). */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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

package org.homelabscaffold.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads template files from the jar or classes folder that this class was loaded from.
 *
 * <p>{@link ClassLoader#getResource} delegates to the JDK's boot and platform class loaders first,
 * and for a name outside their Java packages, such as {@code scaffolds/Dockerfile.mustache}, they
 * search every JDK module. In a profile of {@code new --answers} that search took longer than
 * parsing the templates. The templates ship next to this class, so they are read from there
 * directly, and through the class loader only when the code source is neither a jar nor a folder.
 */
final class TemplateSource {

    private TemplateSource() {}

    /** Returns the text of {@code resource}, a path such as {@code scaffolds/Dockerfile.mustache}. */
    static String read(String resource) {
        try {
            Path codeSource = codeSource();
            if (codeSource != null && Files.isDirectory(codeSource)) {
                Path file = codeSource.resolve(resource);
                if (Files.isRegularFile(file)) {
                    return Files.readString(file, StandardCharsets.UTF_8);
                }
            } else if (codeSource != null && Files.isRegularFile(codeSource)) {
                String text = readFromJar(codeSource, resource);
                if (text != null) {
                    return text;
                }
            }
            return readFromClassLoader(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read template " + resource, e);
        }
    }

    private static String readFromJar(Path jar, String resource) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(resource);
            if (entry == null) {
                return null;
            }
            try (InputStream input = zip.getInputStream(entry)) {
                return new String(input.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String readFromClassLoader(String resource) throws IOException {
        try (InputStream input = TemplateSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (input == null) {
                throw new IOException("not found on the class path");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path codeSource() {
        CodeSource source = TemplateSource.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}

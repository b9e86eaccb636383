package org.homelabscaffold.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of single values. Every value that reaches a Dockerfile, YAML file or shell script
 * passes one of these first, so only the migration command may hold quotes, {@code $} or
 * braces, and it is always printed through a format-specific quoter.
 */
final class ValueRules {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}");
    /** Registry host with optional port, then lowercase path components, with no tag or digest. */
    private static final Pattern IMAGE = Pattern.compile(
            "([a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?(:[0-9]{1,5})?/)?"
                    + "[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");
    private static final Pattern RELATIVE_PATH = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./-]*");
    private static final Pattern PYTHON_MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern HTTP_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    static final List<String> PLATFORMS = List.of(
            "linux/amd64", "linux/arm64", "linux/arm/v7", "linux/arm/v6",
            "linux/386", "linux/ppc64le", "linux/riscv64", "linux/s390x");

    private ValueRules() {}

    /** Prefix of a message about one item of a list, which names that item rather than the whole list. */
    static final String INVALID_ITEM = "invalid list item ";

    static Optional<String> name(Object value) {
        return matches(NAME, value)
                ? Optional.empty()
                : Optional.of("expected 1 to 63 lowercase letters, digits and '-', starting and ending with a letter or"
                        + " digit; " + nameExample(value));
    }

    /** Suggests the value made valid (lowercase, '-' for other characters), or an example when nothing is left. */
    private static String nameExample(Object value) {
        String suggestion = String.valueOf(value).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (suggestion.length() > 63) {
            suggestion = suggestion.substring(0, 63).replaceAll("-+$", "");
        }
        return suggestion.isEmpty() ? "for example 'photo-sync'" : "for example " + Problem.quote(suggestion);
    }

    static Optional<String> version(Object value) {
        return matches(VERSION, value)
                ? Optional.empty()
                : Optional.of("expected a version number such as 1.25, 3.13 or 24");
    }

    static Optional<String> image(Object value) {
        String text = (String) value;
        if (text.length() > 255 || !IMAGE.matcher(text).matches()) {
            return Optional.of("expected an image repository such as registry.home.arpa:5000/photos"
                    + " (lowercase path, no tag, no spaces or quotes)");
        }
        return Optional.empty();
    }

    static Optional<String> port(Object value) {
        int port = (Integer) value;
        return port >= 1 && port <= 65535
                ? Optional.empty()
                : Optional.of("expected a port from 1 to 65535; give the port the service listens on, such as 8080,"
                        + " or none for a service without a port");
    }

    /** Returns whether {@code text} is a Python module name such as {@code myapp.main}. */
    static boolean isPythonModule(String text) {
        return PYTHON_MODULE.matcher(text).matches();
    }

    static Optional<String> entrypoint(Object value) {
        String text = (String) value;
        if (text.equals(".")) {
            return Optional.empty();
        }
        if (PYTHON_MODULE.matcher(text).matches() || isSafeRelativePath(text)) {
            return Optional.empty();
        }
        return Optional.of("expected a relative path inside the project (letters, digits, '.', '_', '-', '/')"
                + " or a Python module name, without '..'; for example ./cmd/server for Go, app.py or myapp for"
                + " Python, dist/index.js for Node.js");
    }

    static Optional<String> relativePaths(Object value) {
        for (Object item : (List<?>) value) {
            if (!isSafeRelativePath((String) item)) {
                return Optional.of(INVALID_ITEM + Problem.quote(item) + ": expected a relative path inside the project"
                        + " (letters, digits, '.', '_', '-', '/'; no '..', no leading '/')");
            }
        }
        return Optional.empty();
    }

    static Optional<String> healthPath(Object value) {
        if (matches(HTTP_PATH, value)) {
            return Optional.empty();
        }
        String expected = "expected a URL path starting with '/' (letters, digits, '.', '_', '~', '-', '/')";
        String prefixed = "/" + value;
        return Optional.of(expected + "; " + (HTTP_PATH.matcher(prefixed).matches()
                ? "did you mean " + Problem.quote(prefixed) + "?"
                : "for example '/healthz'"));
    }

    static Optional<String> platforms(Object value) {
        List<?> platforms = (List<?>) value;
        if (platforms.isEmpty()) {
            return Optional.of("expected at least one platform");
        }
        for (Object platform : platforms) {
            if (!PLATFORMS.contains(platform)) {
                String hint = Suggestions.didYouMean(String.valueOf(platform), PLATFORMS);
                return Optional.of(INVALID_ITEM + Problem.quote(platform) + ": expected one of "
                        + String.join(", ", PLATFORMS) + (hint.isEmpty() ? "" : "; " + hint));
            }
        }
        return Optional.empty();
    }

    static Optional<String> systemLibraries(Object value) {
        for (Object library : (List<?>) value) {
            if (SystemLibrary.byKey((String) library).isEmpty()) {
                return Optional.of(INVALID_ITEM + Problem.quote(library) + ": not a known system library; expected "
                        + String.join(", ", SystemLibrary.keys()));
            }
        }
        return Optional.empty();
    }

    /** Allows any argument text but control characters, which no migration tool expects. */
    static Optional<String> commandArguments(Object value) {
        List<?> arguments = (List<?>) value;
        if (arguments.isEmpty()) {
            return Optional.of("expected at least one word, the program to run");
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (((String) arguments.get(i)).chars().anyMatch(Character::isISOControl)) {
                return Optional.of("argument " + (i + 1) + " contains a control character such as a newline or tab");
            }
        }
        return Optional.empty();
    }

    static Optional<String> none(Object value) {
        return Optional.empty();
    }

    private static boolean isSafeRelativePath(String text) {
        if (!RELATIVE_PATH.matcher(text).matches() || text.contains("//")) {
            return false;
        }
        for (String segment : text.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Pattern pattern, Object value) {
        return value instanceof String text && pattern.matcher(text).matches();
    }
}

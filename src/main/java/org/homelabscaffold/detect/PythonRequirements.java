package org.homelabscaffold.detect;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Project names read from PEP 508 requirement strings and requirements.txt files. */
final class PythonRequirements {

    /**
     * A distribution name at the start of a requirement, followed by what PEP 508 allows there:
     * the end, extras, a version, a marker or a direct URL. A path or URL line such as
     * "./libs/x" or "https://host/x.whl" does not match.
     */
    private static final Pattern NAME =
            Pattern.compile("^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?=$|[\\s\\[(<>=!~;@,])");

    private static final Pattern INCLUDE = Pattern.compile("^(?:-r|--requirement)(?:\\s+|=)(\\S+)");

    private PythonRequirements() {}

    /** Returns the normalized name of a requirement such as "psycopg2[binary]>=2.9; python_version>'3'". */
    static Optional<String> nameOf(String requirement) {
        Matcher matcher = NAME.matcher(requirement.strip());
        return matcher.find() ? Optional.of(normalize(matcher.group(1))) : Optional.empty();
    }

    /** Returns the PEP 503 form of a name: lowercase, with each run of '-', '_' and '.' as one '-'. */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /**
     * Returns the normalized names in a requirements.txt, in file order. Comments, blank lines and
     * option lines (such as "-r base.txt" or "--hash=...") are skipped.
     */
    static Set<String> namesInRequirementsFile(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("-")) {
                continue;
            }
            nameOf(trimmed).ifPresent(names::add);
        }
        return names;
    }

    private static final Pattern CONSTRAINT = Pattern.compile("^(?:-c|--constraint)(?:\\s+|=)(\\S+)");
    private static final Pattern LOCAL_PATH = Pattern.compile("^(?:(?:-e|--editable)\\s+)?(?:file:)?(\\./\\S+)");

    /**
     * Returns the files a pip install of this requirements.txt reads besides itself, in file order:
     * included and constraint files, and local package folders such as "./libs/x" or "-e ./x".
     */
    static Set<String> localFiles(String text) {
        Set<String> files = new LinkedHashSet<>(includedFiles(text));
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            Matcher constraint = CONSTRAINT.matcher(trimmed);
            Matcher local = LOCAL_PATH.matcher(trimmed);
            if (constraint.find()) {
                files.add(constraint.group(1));
            } else if (local.find()) {
                files.add(local.group(1).substring(2).replaceAll("[\\[#;].*$", ""));
            }
        }
        return files;
    }

    /** Returns the paths that "-r FILE" and "--requirement FILE" lines include, in file order. */
    static Set<String> includedFiles(String text) {
        Set<String> files = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            Matcher matcher = INCLUDE.matcher(line.strip());
            if (matcher.find()) {
                files.add(matcher.group(1));
            }
        }
        return files;
    }
}

package org.homelabscaffold.detect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lowest language versions that version constraints from Python and Node.js manifests allow. */
final class VersionRanges {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^v?(\\d{1,9})\\.(\\d{1,9})(?!\\d)");

    /** One PEP 440 or Poetry clause, such as ">=3.10", "~=3.11.2", "^3.12" or "==3.12.*". */
    private static final Pattern PYTHON_CLAUSE =
            Pattern.compile("^(===|==|~=|>=|<=|!=|>|<|\\^|~|=)?v?(\\d{1,9})(?:\\.(\\d{1,9}|\\*))?(?![\\d*]).*$");

    /** One node-semver comparator, such as ">=22", "^24.1", "~20.11.0", "20.x" or "v18". */
    private static final Pattern NODE_CLAUSE =
            Pattern.compile("^(>=|<=|>|<|=|\\^|~)?v?(\\d{1,9}|[xX*])"
                    + "(?:\\.(\\d{1,9}|[xX*]))?(?:\\.(\\d{1,9}|[xX*]))?(?:[-+].*)?$");

    private VersionRanges() {}

    /** Returns the first line of a version file such as .nvmrc that is neither blank nor a comment. */
    static Optional<String> firstVersionLine(String fileText) {
        return fileText.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .findFirst();
    }

    /** Returns "MAJOR.MINOR" from the start of a version such as "1.23.4" or "1.22rc1". */
    static Optional<String> majorMinor(String version) {
        Matcher matcher = MAJOR_MINOR.matcher(version.strip());
        return matcher.find() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    /**
     * Returns the lowest "MAJOR.MINOR" that a PEP 440 or Poetry constraint allows: ">=3.10,<4" gives
     * "3.10". Empty when the constraint has no lower bound or the bound names no minor version.
     */
    static Optional<String> lowestPythonMinor(String constraint) {
        Bound lowest = null;
        for (String alternative : constraint.split("\\|\\|?")) {
            Bound bound = highestPythonLowerBound(alternative);
            if (bound == null) {
                return Optional.empty();
            }
            lowest = lowest == null || bound.compareTo(lowest) < 0 ? bound : lowest;
        }
        if (lowest == null || lowest.minor() < 0) {
            return Optional.empty();
        }
        return Optional.of(lowest.major() + "." + lowest.minor());
    }

    /**
     * Returns the lowest major version that a node-semver range allows: ">=22" gives "22" and
     * "^24.1" gives "24". Empty when the range has no lower bound, such as "*" or "<20".
     */
    static Optional<String> lowestNodeMajor(String range) {
        Bound lowest = null;
        for (String alternative : range.split("\\|\\|")) {
            Bound bound = highestNodeLowerBound(alternative.strip());
            if (bound == null) {
                return Optional.empty();
            }
            lowest = lowest == null || bound.compareTo(lowest) < 0 ? bound : lowest;
        }
        return lowest == null ? Optional.empty() : Optional.of(Integer.toString(lowest.major()));
    }

    /** Returns the tightest lower bound of clauses joined by commas, or null if none has one. */
    private static Bound highestPythonLowerBound(String alternative) {
        Bound highest = null;
        for (String clause : alternative.split(",")) {
            Bound bound = pythonLowerBound(clause.replaceAll("\\s+", ""));
            highest = max(highest, bound);
        }
        return highest;
    }

    private static Bound pythonLowerBound(String clause) {
        Matcher matcher = PYTHON_CLAUSE.matcher(clause);
        if (!matcher.matches()) {
            return null;
        }
        String operator = matcher.group(1) == null ? "" : matcher.group(1);
        if (operator.equals("<") || operator.equals("<=") || operator.equals("!=")) {
            return null;
        }
        // ">3.11" still allows 3.11.1, so every remaining operator keeps the stated major.minor.
        return new Bound(Integer.parseInt(matcher.group(2)), parsePart(matcher.group(3)));
    }

    /** Returns the tightest lower bound of space-separated comparators, or null if none has one. */
    private static Bound highestNodeLowerBound(String alternative) {
        String[] hyphenRange = alternative.split("\\s+-\\s+");
        if (hyphenRange.length == 2) {
            return nodeLowerBound(hyphenRange[0].strip());
        }
        Bound highest = null;
        String joined = alternative.replaceAll("([<>=~^]+)\\s+", "$1");
        for (String clause : joined.split("\\s+")) {
            if (!clause.isEmpty()) {
                highest = max(highest, nodeLowerBound(clause));
            }
        }
        return highest;
    }

    private static Bound nodeLowerBound(String clause) {
        Matcher matcher = NODE_CLAUSE.matcher(clause);
        if (!matcher.matches() || parsePart(matcher.group(2)) < 0) {
            return null;
        }
        String operator = matcher.group(1) == null ? "" : matcher.group(1);
        if (operator.equals("<") || operator.equals("<=")) {
            return null;
        }
        int major = Integer.parseInt(matcher.group(2));
        int minor = parsePart(matcher.group(3));
        // In node-semver ">20" means above every 20.x, while ">20.1" still allows 20.2.
        if (operator.equals(">") && minor < 0) {
            major++;
        }
        return new Bound(major, minor);
    }

    /** Returns a numeric version part, or -1 when it is absent or a wildcard. */
    private static int parsePart(String part) {
        if (part == null || !Character.isDigit(part.charAt(0))) {
            return -1;
        }
        return Integer.parseInt(part);
    }

    private static Bound max(Bound current, Bound candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }

    /** A version prefix; {@code minor} is -1 when the constraint names no minor version. */
    private record Bound(int major, int minor) implements Comparable<Bound> {
        @Override
        public int compareTo(Bound other) {
            int byMajor = Integer.compare(major, other.major);
            return byMajor != 0 ? byMajor : Integer.compare(Math.max(minor, 0), Math.max(other.minor, 0));
        }
    }
}

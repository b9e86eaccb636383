package org.homelabscaffold.answers;

import java.util.HashMap;
import java.util.Map;

/** Where each answer came from (file and line, or {@code --set}), so later problems can point at it. */
public final class AnswerSources {

    private record Location(String source, int line) {}

    private final Map<String, Location> locations = new HashMap<>();
    private final String defaultSource;

    public AnswerSources(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    void record(String key, String source, int line) {
        locations.put(key, new Location(source, line));
    }

    /** Points {@code to} at where {@code from} came from, when {@code from} was given. */
    void copy(String from, String to) {
        Location location = locations.get(from);
        if (location != null) {
            locations.put(to, location);
        }
    }

    /** Builds a problem located at the answer for {@code key}, or at the file when it was not given. */
    public Problem problem(String key, String message, String hint) {
        Location location = locations.getOrDefault(key, new Location(defaultSource, 0));
        return new Problem(location.source(), location.line(), key, message, hint);
    }

    public boolean isGiven(String key) {
        return locations.containsKey(key);
    }
}

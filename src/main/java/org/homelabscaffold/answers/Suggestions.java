package org.homelabscaffold.answers;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the nearest allowed spelling for a mistyped key or value. */
final class Suggestions {

    private Suggestions() {}

    /**
     * Returns the candidate closest to {@code given}, when it is within a third of its length in edits,
     * or else a candidate that {@code given} starts with, such as {@code go} for {@code golang}.
     */
    static Optional<String> nearest(String given, Collection<String> candidates) {
        String lower = given.toLowerCase(java.util.Locale.ROOT);
        Optional<String> close = closest(lower, candidates);
        if (close.isPresent()) {
            return close;
        }
        return candidates.stream()
                .filter(candidate -> candidate.length() >= 2
                        && lower.startsWith(candidate.toLowerCase(java.util.Locale.ROOT)))
                .max(Comparator.comparingInt(String::length));
    }

    private static Optional<String> closest(String lower, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT))
                        <= Math.max(1, candidate.length() / 3))
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(java.util.Locale.ROOT))));
    }

    static String didYouMean(String given, Collection<String> candidates) {
        return nearest(given, candidates).map(candidate -> "did you mean '" + candidate + "'?").orElse("");
    }

    /** Levenshtein distance, counting insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

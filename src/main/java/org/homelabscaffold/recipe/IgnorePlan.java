package org.homelabscaffold.recipe;

import java.util.List;

/** .dockerignore as sections of patterns, each under a comment saying why they are left out. */
public record IgnorePlan(List<Section> sections) {

    public IgnorePlan {
        sections = List.copyOf(sections);
    }

    public record Section(String comment, List<String> patterns) {

        public Section {
            patterns = List.copyOf(patterns);
        }
    }
}

package org.homelabscaffold.answers;

import java.util.List;

/** The platforms that the {@code platforms} answer accepts, spelled as buildx spells them. */
public final class KnownPlatforms {

    private KnownPlatforms() {}

    public static List<String> all() {
        return ValueRules.PLATFORMS;
    }
}

package org.homelabscaffold.recipe;

import java.util.List;
import org.homelabscaffold.recipe.OsPackages.Distro;

/**
 * The non-root user the app runs as. A fixed numeric id keeps volume ownership predictable and
 * works on scratch, which has no {@code /etc/passwd} to look a name up in.
 *
 * @param id numeric {@code uid:gid} for {@code USER} and compose's {@code user:}
 * @param createLines the RUN step that creates the user, or empty when the image has it
 */
record RuntimeUser(String id, List<String> createLines) {

    /** The {@code nonroot} user of distroless images, used on scratch as a bare number. */
    static final RuntimeUser NONROOT = new RuntimeUser("65532:65532", List.of());
    /** The {@code node} user of the official Node.js images. */
    static final RuntimeUser NODE = new RuntimeUser("1000:1000", List.of());

    private static final String UID = "10001";

    /** Returns a system user {@code app} created in an image of {@code distro}. */
    static RuntimeUser created(Distro distro) {
        if (distro == Distro.ALPINE) {
            return new RuntimeUser(UID + ":" + UID, List.of(
                    "RUN addgroup -S -g " + UID + " app",
                    "&& adduser -S -D -H -u " + UID + " -G app -s /sbin/nologin app"));
        }
        return new RuntimeUser(UID + ":" + UID, List.of(
                "RUN groupadd --system --gid " + UID + " app",
                "&& useradd --system --uid " + UID + " --gid app --no-create-home --shell /usr/sbin/nologin app"));
    }
}

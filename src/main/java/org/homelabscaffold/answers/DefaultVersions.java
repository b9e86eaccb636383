package org.homelabscaffold.answers;

/**
 * Default versions of every toolchain and image the generated files name, current as of this
 * release. Each is overridable by the {@code version} answer or a {@code --build-arg}.
 */
public final class DefaultVersions {

    public static final String GO = "1.25";
    public static final String PYTHON = "3.13";
    public static final String NODE = "24";
    public static final String ALPINE = "3.22";
    /** Debian release of the slim images; distroless images are built from the same release. */
    public static final String DEBIAN = "trixie";
    public static final String DISTROLESS_DEBIAN = "debian13";
    /** Python of Debian 13, the only one {@code gcr.io/distroless/python3-debian13} carries. */
    public static final String DISTROLESS_PYTHON = "3.13";
    /** Node.js major versions that have a distroless image for {@link #DISTROLESS_DEBIAN}. */
    public static final java.util.List<String> DISTROLESS_NODE = java.util.List.of("20", "22", "24");
    public static final String POSTGRES = "17-alpine";
    public static final String MARIADB = "11.8";

    private DefaultVersions() {}

    public static String forLanguage(Language language) {
        return switch (language) {
            case GO -> GO;
            case PYTHON -> PYTHON;
            case NODE -> NODE;
        };
    }
}

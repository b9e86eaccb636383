package org.homelabscaffold.render;

/**
 * Every template homelab-scaffold prints, with the file it becomes. This is the one index of
 * templates: a test checks that each template file is listed here and each listed one exists.
 */
public enum Template {
    DOCKERFILE("scaffolds/Dockerfile.mustache", "Dockerfile", false),
    DOCKERIGNORE("scaffolds/dockerignore.mustache", ".dockerignore", false),
    COMPOSE("compose-templates/compose.yaml.mustache", "compose.yaml", false),
    BUILDX("scaffolds/buildx.sh.mustache", "buildx.sh", true);

    private final String resource;
    private final String outputPath;
    private final boolean executable;

    Template(String resource, String outputPath, boolean executable) {
        this.resource = resource;
        this.outputPath = outputPath;
        this.executable = executable;
    }

    /** Returns the class-path resource, which is also the path below the repository root. */
    public String resource() {
        return resource;
    }

    public String outputPath() {
        return outputPath;
    }

    public boolean executable() {
        return executable;
    }
}

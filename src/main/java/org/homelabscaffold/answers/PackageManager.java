package org.homelabscaffold.answers;

/** Tool that installs the service's dependencies, which decides the manifest and lock files. */
public enum PackageManager implements AnswerValue {
    GO("go", Language.GO, "go.sum"),
    PIP("pip", Language.PYTHON, "requirements.txt"),
    POETRY("poetry", Language.PYTHON, "poetry.lock"),
    UV("uv", Language.PYTHON, "uv.lock"),
    NPM("npm", Language.NODE, "package-lock.json"),
    YARN("yarn", Language.NODE, "yarn.lock"),
    PNPM("pnpm", Language.NODE, "pnpm-lock.yaml");

    private final String key;
    private final Language language;
    private final String lockfileName;

    PackageManager(String key, Language language, String lockfileName) {
        this.key = key;
        this.language = language;
        this.lockfileName = lockfileName;
    }

    @Override
    public String key() {
        return key;
    }

    public Language language() {
        return language;
    }

    /** Returns the file whose presence the {@code lockfile} answer records. */
    public String lockfileName() {
        return lockfileName;
    }

    /** Returns the package manager used when neither the answers nor the project name one. */
    public static PackageManager defaultFor(Language language) {
        return switch (language) {
            case GO -> GO;
            case PYTHON -> PIP;
            case NODE -> NPM;
        };
    }
}

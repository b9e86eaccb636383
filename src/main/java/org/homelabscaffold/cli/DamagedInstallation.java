package org.homelabscaffold.cli;

/** Message for a class that the JVM cannot load because the installation is damaged. */
final class DamagedInstallation {

    static final String REBUILD_COMMAND = "./mvnw -q -B -DskipTests package";

    private DamagedInstallation() {}

    /** Returns one line naming the class that failed to load and the command that rebuilds it. */
    static String describe(LinkageError error) {
        return "homelab-scaffold is damaged or incomplete: " + cause(error) + "; rebuild it with " + REBUILD_COMMAND;
    }

    private static String cause(LinkageError error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        if (error instanceof NoClassDefFoundError && !message.isEmpty() && !message.contains(" ")) {
            // The JVM names the class in its internal form, with slashes between the packages.
            return "class " + message.replace('/', '.') + " could not be loaded";
        }
        String detail = message.isEmpty() ? "" : " (" + message + ")";
        return "a class could not be loaded: " + error.getClass().getSimpleName() + detail;
    }
}

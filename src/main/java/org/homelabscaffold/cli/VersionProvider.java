package org.homelabscaffold.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, written there by the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {versionLine()};
    }

    /** Returns the line that {@code --version} prints. It is static, so the fast path loads no picocli class. */
    static String versionLine() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "homelab-scaffold " + (version == null ? "development build" : version);
    }
}

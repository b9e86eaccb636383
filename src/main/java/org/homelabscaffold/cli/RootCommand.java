package org.homelabscaffold.cli;

import picocli.CommandLine.Command;

/** The {@code homelab-scaffold} command, which only groups the subcommands. */
@Command(
        name = "homelab-scaffold",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes a multi-stage Dockerfile, .dockerignore, hardened compose.yaml and a multi-platform"
                + " buildx script for a Go, Python or Node.js service.",
        subcommands = {NewCommand.class, UpdateCommand.class},
        footer = {"", "Run 'homelab-scaffold COMMAND --help' for a command's options."})
final class RootCommand {}

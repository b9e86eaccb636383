package org.homelabscaffold.cli;

/** A failure that ends a command with a one-line message and an exit status. */
public final class CommandException extends RuntimeException {

    private final ExitStatus status;

    public CommandException(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }
}

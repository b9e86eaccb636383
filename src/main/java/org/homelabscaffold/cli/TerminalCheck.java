package org.homelabscaffold.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether the process can ask questions on a terminal, without loading any terminal library. */
final class TerminalCheck {

    private TerminalCheck() {}

    /**
     * Returns whether standard input and output are a terminal. Java 17 to 21 give a console only
     * then; Java 22 and later give one for pipes too and add {@code Console.isTerminal()}, which is
     * called by reflection so the code still compiles for Java 17.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}

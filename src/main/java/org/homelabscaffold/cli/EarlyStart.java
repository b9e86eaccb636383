package org.homelabscaffold.cli;

import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.update.ToolIdentity;

/**
 * Runs the set-up that {@code new --answers} needs but that does not depend on the answers on a
 * daemon thread, so that on two or more cores it overlaps reading and checking the answers.
 *
 * <p>Most of a short run is first-time work of the JVM: class initialization and interpreted
 * code. The daemon thread builds the question catalogue, compiles the templates (which also starts
 * java.util.logging for mustache.java's logger) and fingerprints the jar, while the main thread
 * starts the YAML parser and reads the answers file. A thread that needs something the other one
 * is still preparing waits for it: class initialization and
 * {@code ConcurrentHashMap.computeIfAbsent} both block until the first thread is done.
 */
final class EarlyStart {

    private EarlyStart() {}

    /** Starts the set-up on a daemon thread and returns at once. */
    static void begin() {
        // A named class instead of a method reference: the first lambda of a run pays for linking
        // the lambda machinery, and that cost belongs on the daemon thread.
        Thread thread = new Thread(new Preparation(), "homelab-scaffold-early-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static final class Preparation implements Runnable {

        @Override
        public void run() {
            try {
                Scaffolder.prepare();
                ToolIdentity.current();
            } catch (RuntimeException | LinkageError e) {
                // The main thread repeats whatever failed here when it needs it, and reports the
                // failure there.
            }
        }
    }
}

package org.homelabscaffold.cli;

import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.update.ToolIdentity;

/**
 * Runs the set-up that {@code new --answers} needs but that does not depend on the answers on a
 * daemon thread, so that on two or more cores it overlaps reading and checking the answers.
 *
 * <p>Most of a short run is first-time work of the JVM: class initialization and interpreted
 * code. The daemon thread compiles the templates, which also starts java.util.logging for
 * mustache.java's logger, and fingerprints the jar. Meanwhile the main thread starts the YAML
 * parser, builds the question catalogue and checks the answers. Timed in-process on two cores,
 * the daemon thread was done after about 45 ms, a few milliseconds before the main thread needed
 * the templates. When it is not done yet, the main thread waits, because
 * {@code ConcurrentHashMap.computeIfAbsent} blocks until the first compilation is done.
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

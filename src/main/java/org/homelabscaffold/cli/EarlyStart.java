package org.homelabscaffold.cli;

import org.homelabscaffold.answers.Questions;
import org.homelabscaffold.engine.Scaffolder;
import org.homelabscaffold.update.ToolIdentity;

/**
 * Splits the set-up that {@code new --answers} needs before it can use the answers between the
 * calling thread and a daemon thread, so that on two or more cores they run side by side.
 *
 * <p>Most of a short run is first-time work of the JVM: class initialization and interpreted
 * code. The daemon thread compiles the templates, the longest of these jobs because it also starts
 * java.util.logging for mustache.java's logger, and then fingerprints the jar. Meanwhile the calling
 * thread builds the question catalogue, then reads and checks the answers. A thread that needs
 * something the other one is still preparing waits for it: class initialization and
 * {@code ConcurrentHashMap.computeIfAbsent} both block until the first thread is done.
 */
final class EarlyStart {

    private EarlyStart() {}

    /** Starts the daemon thread's share of the set-up and does the calling thread's share. */
    static void begin() {
        // A named class instead of a method reference: the first lambda of a run pays for linking
        // the lambda machinery, and that cost belongs on the daemon thread.
        Thread thread = new Thread(new Preparation(), "homelab-scaffold-early-start");
        thread.setDaemon(true);
        thread.start();
        Questions.all();
    }

    private static final class Preparation implements Runnable {

        @Override
        public void run() {
            try {
                Scaffolder.compileTemplates();
                ToolIdentity.current();
            } catch (RuntimeException | LinkageError e) {
                // The main thread repeats whatever failed here when it needs it, and reports the
                // failure there.
            }
        }
    }
}

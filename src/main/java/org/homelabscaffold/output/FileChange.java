package org.homelabscaffold.output;

/**
 * What writing one generated file would do to the project folder.
 *
 * @param file the generated file
 * @param existing the file's current text, or null when it does not exist
 * @param action what happens to it
 */
public record FileChange(GeneratedFile file, String existing, Action action) {

    /** The outcome for one file. */
    public enum Action {
        CREATE("new"),
        UNCHANGED("unchanged"),
        REPLACE("replaced"),
        /** The file exists with other content and is kept, because nothing allowed replacing it. */
        KEEP("kept");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean writes() {
        return action == Action.CREATE || action == Action.REPLACE;
    }
}

package org.homelabscaffold.detect;

import java.util.Optional;

/** Detection of the answers for one language, run only for the language chosen for a folder. */
interface LanguageDetector {

    /** Returns the answers-file value of the language, such as "go". */
    String language();

    /** Returns the name of the first root file that marks a project in this language, if any. */
    Optional<String> findMarker(ProjectFolder folder);

    /** Puts the language-specific answers, except the language itself, and notes what was skipped. */
    void detect(ProjectFolder folder, DetectedProjectBuilder result);
}

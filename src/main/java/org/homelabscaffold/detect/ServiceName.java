package org.homelabscaffold.detect;

import java.util.Locale;
import java.util.Optional;

/** Conversion of a folder name into a service name made of [a-z0-9-]. */
final class ServiceName {

    private ServiceName() {}

    /**
     * Lowercases the name, replaces each run of other characters with one '-' and trims '-' from
     * both ends. "My_Photo App!" gives "my-photo-app". Empty when nothing is left.
     */
    static Optional<String> fromFolderName(String folderName) {
        String name = folderName.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}

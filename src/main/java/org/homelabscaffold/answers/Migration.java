package org.homelabscaffold.answers;

import java.util.List;

/** One-shot migration container that must succeed before the app starts. */
public record Migration(Database database, List<String> command) {

    public Migration {
        command = List.copyOf(command);
    }
}

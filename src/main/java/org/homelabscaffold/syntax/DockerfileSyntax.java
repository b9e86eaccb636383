package org.homelabscaffold.syntax;

import java.util.List;

/**
 * Writes Dockerfile values. Exec-form arrays are JSON, which Docker reads without a shell and
 * without variable substitution, so any argument text reaches the process literally.
 */
public final class DockerfileSyntax {

    private DockerfileSyntax() {}

    /** Returns a JSON array such as {@code ["python", "app.py"]} for ENTRYPOINT, CMD or HEALTHCHECK. */
    public static String execForm(List<String> arguments) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append(jsonString(arguments.get(i)));
        }
        return json.append(']').toString();
    }

    /** Returns {@code value} as a JSON string literal. */
    public static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char character : value.toCharArray()) {
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\t' -> json.append("\\t");
                case '\r' -> json.append("\\r");
                default -> {
                    if (character < 0x20) {
                        json.append(String.format("\\u%04x", (int) character));
                    } else {
                        json.append(character);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}

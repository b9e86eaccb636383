package org.homelabscaffold.wizard.screen;

import java.util.ArrayList;
import java.util.List;

/** Fits text into columns: cutting, padding and word wrapping. */
final class Fit {

    private Fit() {}

    /** Cuts {@code text} to {@code width} columns, ending in "..." when it was cut. */
    static String cut(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 3 ? text.substring(0, Math.max(0, width)) : text.substring(0, width - 3) + "...";
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Wraps each paragraph of {@code text} at word boundaries; a word longer than a line is split. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, Math.max(1, width), lines);
        }
        return lines;
    }

    /**
     * Splits {@code line} into pieces of at most {@code width} characters, after a space where
     * there is one, else mid-word. Every character is kept, so a preview hides nothing.
     */
    static List<String> chunk(String line, int width) {
        List<String> pieces = new ArrayList<>();
        int room = Math.max(1, width);
        String rest = line;
        while (rest.length() > room) {
            int space = rest.lastIndexOf(' ', room - 1);
            int end = space > 0 ? space + 1 : room;
            pieces.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        pieces.add(rest);
        return pieces;
    }

    private static void wrapParagraph(String paragraph, int width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
            while (line.length() > width) {
                lines.add(line.substring(0, width));
                line.delete(0, width);
            }
        }
        lines.add(line.toString());
    }
}

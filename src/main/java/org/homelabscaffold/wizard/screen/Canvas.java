package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** One frame being drawn: text clipped to the screen, in the palette's styles, and where the cursor goes. */
final class Canvas {

    private final TextGraphics graphics;
    private final Palette palette;
    private final TerminalSize size;
    private TerminalPosition cursor;

    Canvas(TextGraphics graphics, Palette palette, TerminalSize size) {
        this.graphics = graphics;
        this.palette = palette;
        this.size = size;
    }

    int width() {
        return size.getColumns();
    }

    int height() {
        return size.getRows();
    }

    /** Writes {@code text} from {@code column}, cut at the right edge; control characters show as '?'. */
    void text(int column, int row, String text, Palette.Role role) {
        if (row < 0 || row >= height() || column >= width()) {
            return;
        }
        String visible = printable(text);
        int room = width() - column;
        palette.apply(graphics, role);
        graphics.putString(column, row, visible.length() > room ? visible.substring(0, room) : visible);
    }

    /** Writes {@code text} across {@code width} columns, padded with spaces, so a style covers the whole bar. */
    void bar(int column, int row, int width, String text, Palette.Role role) {
        String fitted = Fit.cut(text, width);
        text(column, row, fitted + " ".repeat(Math.max(0, width - fitted.length())), role);
    }

    /** Draws a horizontal rule across the screen, with an optional label near its start. */
    void rule(int row, String label) {
        String line = "-".repeat(width());
        if (!label.isEmpty()) {
            line = "-- " + label + " " + line;
        }
        text(0, row, line, Palette.Role.MUTED);
    }

    /** Writes the lines from {@code row} on, at most {@code rows} of them. */
    void lines(int column, int row, int rows, List<String> lines, Palette.Role role) {
        for (int index = 0; index < Math.min(rows, lines.size()); index++) {
            text(column, row + index, lines.get(index), role);
        }
    }

    void placeCursor(int column, int row) {
        cursor = new TerminalPosition(Math.min(column, width() - 1), row);
    }

    /** Returns where the text cursor goes, or null to hide it. */
    TerminalPosition cursor() {
        return cursor;
    }

    private static String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            result.append(character == '\t' ? ' ' : Character.isISOControl(character) ? '?' : character);
        }
        return result.toString();
    }
}

package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The scroll position of lines shown through a window of rows. The lines are laid out again on
 * each draw, because wrapping depends on the screen width, so only the offset is kept.
 */
final class Scroller {

    private int offset;
    private int rows = 1;
    private int size;

    /** Returns the lines in a window of {@code rows} rows, clamping the offset after a resize. */
    List<String> window(List<String> lines, int rows) {
        this.rows = Math.max(1, rows);
        this.size = lines.size();
        scroll(0);
        return lines.subList(offset, Math.min(lines.size(), offset + this.rows));
    }

    /** Scrolls for Up, Down, Page Up, Page Down, Home and End; returns false for other keys. */
    boolean handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case ArrowUp -> scroll(-1);
            case ArrowDown -> scroll(1);
            case PageUp -> scroll(-rows);
            case PageDown -> scroll(rows);
            case Home -> offset = 0;
            case End -> scroll(size);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Returns "lines 1-18 of 45", the position of the window. */
    String position() {
        if (size == 0) {
            return "no lines";
        }
        return "lines " + (offset + 1) + "-" + Math.min(size, offset + rows) + " of " + size;
    }

    private void scroll(int delta) {
        offset = Math.max(0, Math.min(offset + delta, Math.max(0, size - rows)));
    }

    /** Numbers {@code content}'s lines and wraps the long ones, so a preview hides no character. */
    static List<String> numbered(String content, int width) {
        List<String> result = new ArrayList<>();
        List<String> source = content.lines().toList();
        int textWidth = Math.max(10, width - 7);
        for (int index = 0; index < source.size(); index++) {
            List<String> pieces = Fit.chunk(source.get(index).replace("\t", "    "), textWidth);
            result.add(String.format("%4d | %s", index + 1, pieces.get(0)));
            for (String piece : pieces.subList(1, pieces.size())) {
                result.add("     | " + piece);
            }
        }
        return result;
    }
}

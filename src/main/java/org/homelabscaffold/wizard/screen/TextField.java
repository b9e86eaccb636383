package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A one-line text input. It starts with the proposed value selected, as dialog fields do: typing
 * replaces it, Backspace clears it, and an arrow key keeps it for editing.
 */
final class TextField {

    private final StringBuilder text;
    private int cursor;
    private boolean selected;

    TextField(String initial) {
        text = new StringBuilder(initial);
        cursor = initial.length();
        selected = !initial.isEmpty();
    }

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    boolean isSelected() {
        return selected;
    }

    /** Applies an editing key; returns false for keys a text field does not use. */
    boolean handle(KeyStroke key) {
        Character typed = Keys.typed(key);
        if (typed != null) {
            replaceSelection();
            text.insert(cursor++, typed.charValue());
            return true;
        }
        if (Keys.isControl(key, 'u')) {
            clear();
            return true;
        }
        return edit(key.getKeyType());
    }

    /** Returns the part of the text that fits in {@code width} columns, scrolled to keep the cursor in view. */
    String visible(int width) {
        int start = Math.max(0, cursor - width + 1);
        return text.substring(start, Math.min(text.length(), start + width));
    }

    /** Returns the cursor's column within {@link #visible(int)}. */
    int visibleCursor(int width) {
        return cursor - Math.max(0, cursor - width + 1);
    }

    private boolean edit(KeyType type) {
        boolean wasSelected = selected;
        selected = false;
        switch (type) {
            case Backspace -> backspace(wasSelected);
            case Delete -> delete(wasSelected);
            case ArrowLeft -> cursor = Math.max(0, cursor - 1);
            case ArrowRight -> cursor = Math.min(text.length(), cursor + 1);
            case Home -> cursor = 0;
            case End -> cursor = text.length();
            default -> {
                selected = wasSelected;
                return false;
            }
        }
        return true;
    }

    private void backspace(boolean wasSelected) {
        if (wasSelected) {
            clear();
        } else if (cursor > 0) {
            text.deleteCharAt(--cursor);
        }
    }

    private void delete(boolean wasSelected) {
        if (wasSelected) {
            clear();
        } else if (cursor < text.length()) {
            text.deleteCharAt(cursor);
        }
    }

    private void replaceSelection() {
        if (selected) {
            clear();
        }
    }

    private void clear() {
        text.setLength(0);
        cursor = 0;
        selected = false;
    }
}

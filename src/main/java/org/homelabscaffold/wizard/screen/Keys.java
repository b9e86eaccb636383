package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Key bindings of the full-screen wizard, kept in one place so every screen treats a key alike. */
final class Keys {

    private Keys() {}

    /** Ctrl-C, or the end of input when the terminal goes away: both leave without writing. */
    static boolean isInterrupt(KeyStroke key) {
        return key.getKeyType() == KeyType.EOF || isControl(key, 'c');
    }

    /** Esc and Shift+Tab go back. */
    static boolean isBack(KeyStroke key) {
        return key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.ReverseTab;
    }

    static boolean is(KeyStroke key, KeyType type) {
        return key.getKeyType() == type;
    }

    static boolean isControl(KeyStroke key, char letter) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == letter;
    }

    /** Returns the typed character, or null for a key that types nothing (arrows, Ctrl or Alt combinations). */
    static Character typed(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return null;
        }
        char character = key.getCharacter();
        return Character.isISOControl(character) ? null : character;
    }
}

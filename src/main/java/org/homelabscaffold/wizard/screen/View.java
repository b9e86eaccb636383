package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen of the wizard: it draws itself at any size and reacts to keys. */
interface View {

    /** Draws the whole screen; called again after each key and each resize. */
    void draw(Canvas canvas);

    void handle(KeyStroke key);
}

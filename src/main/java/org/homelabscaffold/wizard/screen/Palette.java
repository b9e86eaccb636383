package org.homelabscaffold.wizard.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.Map;

/**
 * Text styles of the full-screen wizard. With {@code NO_COLOR} set to a non-empty value
 * (no-color.org) it uses no colour at all, only bold and reverse video.
 */
final class Palette {

    /** What a piece of text is, which decides its style. */
    enum Role { NORMAL, TITLE, HIGHLIGHT, MUTED, MARK, DISABLED, ERROR, ADDED, REMOVED }

    private final boolean colour;

    private Palette(boolean colour) {
        this.colour = colour;
    }

    static Palette forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return new Palette(noColor == null || noColor.isEmpty());
    }

    void apply(TextGraphics graphics, Role role) {
        graphics.setForegroundColor(TextColor.ANSI.DEFAULT);
        graphics.setBackgroundColor(TextColor.ANSI.DEFAULT);
        graphics.clearModifiers();
        switch (role) {
            case TITLE -> graphics.enableModifiers(SGR.BOLD);
            case HIGHLIGHT -> graphics.enableModifiers(SGR.REVERSE);
            case ERROR -> {
                graphics.enableModifiers(SGR.BOLD);
                foreground(graphics, TextColor.ANSI.RED);
            }
            case MUTED, DISABLED -> foreground(graphics, TextColor.ANSI.BLACK_BRIGHT);
            case MARK, ADDED -> foreground(graphics, TextColor.ANSI.GREEN);
            case REMOVED -> foreground(graphics, TextColor.ANSI.RED);
            case NORMAL -> { }
        }
    }

    private void foreground(TextGraphics graphics, TextColor colourValue) {
        if (colour) {
            graphics.setForegroundColor(colourValue);
        }
    }
}

package org.homelabscaffold.wizard.screen;

import java.util.List;

/** The parts every screen shares: a title row on top, two message rows, a rule and a key list at the bottom. */
final class Frame {

    private static final String PRODUCT = "homelab-scaffold new";

    private Frame() {}

    /** Draws the title row with {@code status}, such as "step 3 of 9", at its right end. */
    static void header(Canvas canvas, String status) {
        canvas.bar(0, 0, canvas.width(), " " + PRODUCT, Palette.Role.TITLE);
        canvas.text(Math.max(PRODUCT.length() + 2, canvas.width() - status.length() - 1), 0, status,
                Palette.Role.TITLE);
    }

    /** Draws the message, wrapped on two rows, then a rule and the keys row at the bottom of the screen. */
    static void footer(Canvas canvas, String message, Palette.Role messageRole, String keys) {
        int bottom = canvas.height() - 1;
        List<String> lines = Fit.wrap(message, canvas.width() - 2);
        if (lines.size() > 2) {
            lines = List.of(lines.get(0), Fit.cut(lines.get(1) + " " + lines.get(2), canvas.width() - 2));
        }
        canvas.lines(1, bottom - 3, 2, lines, messageRole);
        canvas.rule(bottom - 1, "");
        canvas.text(1, bottom, Fit.cut(keys, canvas.width() - 2), Palette.Role.MUTED);
    }

    /** Returns the first row below the header. */
    static int top() {
        return 1;
    }

    /** Returns the last row above the footer. */
    static int bottom(Canvas canvas) {
        return canvas.height() - 5;
    }
}

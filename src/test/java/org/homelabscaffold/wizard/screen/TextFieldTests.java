package org.homelabscaffold.wizard.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class TextFieldTests {

    @Test
    void typingReplacesProposedValue() {
        TextField field = new TextField("8080");
        type(field, "9000");

        assertThat(field.text()).isEqualTo("9000");
    }

    @Test
    void arrowKeyKeepsProposedValueForEditing() {
        TextField field = new TextField("photos");
        field.handle(new KeyStroke(KeyType.ArrowLeft));
        type(field, "x");

        assertThat(field.text()).isEqualTo("photoxs");
    }

    @Test
    void backspaceClearsProposedValue() {
        TextField field = new TextField("photos");
        field.handle(new KeyStroke(KeyType.Backspace));

        assertThat(field.text()).isEmpty();
    }

    @Test
    void backspaceAfterEditingDeletesOneCharacter() {
        TextField field = new TextField("");
        type(field, "abc");
        field.handle(new KeyStroke(KeyType.Backspace));

        assertThat(field.text()).isEqualTo("ab");
    }

    @Test
    void controlUClearsField() {
        TextField field = new TextField("");
        type(field, "abc");
        field.handle(new KeyStroke('u', true, false));

        assertThat(field.text()).isEmpty();
    }

    @Test
    void visibleTextScrollsToCursor() {
        TextField field = new TextField("");
        type(field, "abcdefghij");

        assertThat(field.visible(5)).isEqualTo("ghij");
        assertThat(field.visibleCursor(5)).isEqualTo(4);
    }

    private static void type(TextField field, String text) {
        for (char character : text.toCharArray()) {
            field.handle(new KeyStroke(character, false, false));
        }
    }
}

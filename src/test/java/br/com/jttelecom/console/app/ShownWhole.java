package br.com.jttelecom.console.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

/** What a form draws cut: a placeholder wider than its field, or a label, check box or choice drawn with "…". */
final class ShownWhole {

    private ShownWhole() {
    }

    /** @return one line per cut text under {@code root}; empty when everything shows whole */
    static List<String> cutUnder(Parent root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            collect(root, found);
            return found;
        }).get();
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return; // not drawn at all (a hidden button is never laid out, its text stays "")
        }
        if (node instanceof TextField field && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double inside = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            if (prompt.getLayoutBounds().getWidth() > inside) {
                found.add(field.getId() + ": \"" + field.getPromptText() + "\"");
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text t && !t.getText().equals(labeled.getText())) {
                found.add(labeled.getText() + " drawn as \"" + t.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}

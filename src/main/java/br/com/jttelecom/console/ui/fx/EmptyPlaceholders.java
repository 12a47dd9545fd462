package br.com.jttelecom.console.ui.fx;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

/**
 * Gives every table and list of a freshly loaded page that has no placeholder of its own the
 * console's "nothing here" sentence: JavaFX's default one is English ("No content in table").
 *
 * <p>Walks the page before it has a skin, so containers whose children only become children once
 * skinned (tabs, split panes, scroll and titled panes) are followed through their content.
 */
public final class EmptyPlaceholders {

    private EmptyPlaceholders() {
    }

    /** @return how many placeholders it set */
    public static int fillIn(Node root, Supplier<Node> placeholder) {
        int set = 0;
        if (root instanceof TableView<?> table && table.getPlaceholder() == null) {
            table.setPlaceholder(placeholder.get());
            set++;
        } else if (root instanceof ListView<?> list && list.getPlaceholder() == null) {
            list.setPlaceholder(placeholder.get());
            set++;
        }
        if (root instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                set += tab.getContent() == null ? 0 : fillIn(tab.getContent(), placeholder);
            }
        } else if (root instanceof SplitPane split) {
            for (Node item : split.getItems()) {
                set += fillIn(item, placeholder);
            }
        } else if (root instanceof ScrollPane scroll) {
            set += scroll.getContent() == null ? 0 : fillIn(scroll.getContent(), placeholder);
        } else if (root instanceof TitledPane titled) {
            set += titled.getContent() == null ? 0 : fillIn(titled.getContent(), placeholder);
        } else if (root instanceof Parent parent && !(root instanceof TableView<?>) && !(root instanceof ListView<?>)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                set += fillIn(child, placeholder);
            }
        }
        return set;
    }
}

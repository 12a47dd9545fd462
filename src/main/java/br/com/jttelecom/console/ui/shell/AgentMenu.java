package br.com.jttelecom.console.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Builds the "Atendimento" menu: every agent action with its shortcut, reachable from any page. */
final class AgentMenu {

    private AgentMenu() {
    }

    /** One group of items after another, with a separator between groups. */
    static Menu build(String title, List<List<MenuCommand>> groups) {
        Menu menu = new Menu(title);
        menu.setId("menuAgent");
        for (List<MenuCommand> group : groups) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group.forEach(c -> menu.getItems().add(item(c)));
        }
        return menu;
    }

    private static MenuItem item(MenuCommand c) {
        MenuItem item = new MenuItem(c.text());
        item.setId("menu-" + c.id().toLowerCase(Locale.ROOT));
        item.setAccelerator(c.key());
        item.setOnAction(e -> c.action().run());
        if (c.disabled() != null) {
            item.disableProperty().bind(c.disabled());
        }
        return item;
    }
}

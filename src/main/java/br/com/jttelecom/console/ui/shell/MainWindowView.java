package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.ui.fx.CloseGuard;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The main window's FXML controller: wiring only, the state lives in {@link MainWindowViewModel}. */
public final class MainWindowView {

    private static final Map<ConnectionState, PseudoClass> STATE_CLASSES = new EnumMap<>(ConnectionState.class);

    static {
        for (ConnectionState s : ConnectionState.values()) {
            STATE_CLASSES.put(s, PseudoClass.getPseudoClass(s.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private final MainWindowViewModel viewModel;
    private final Messages messages;
    private final Map<NavPage, Supplier<Parent>> pages;
    private final Map<NavPage, Parent> loaded = new EnumMap<>(NavPage.class);
    private final Runnable exit;
    private final Runnable signOut;
    private final CloseGuard exitGuard;
    private final CloseGuard signOutGuard;
    private final java.util.List<java.util.List<MenuCommand>> agentCommands;
    private final Map<NavPage, ToggleButton> buttons = new EnumMap<>(NavPage.class);
    /** Below this window width the navigation shows its icons only (names on hover): the pages get the room. */
    static final double COMPACT_NAVIGATION_BELOW = 1440;
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private StatusBar statusBar;
    @FXML private javafx.scene.layout.HBox pbxBanner;
    @FXML private Label pbxBannerText;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private javafx.scene.control.MenuBar menuBar;

    private final Label connectionLabel = new Label();
    private final Label userLabel = new Label();
    private final Label operatorLabel = new Label();

    /**
     * @param exitGuard     asked before "Sair" quits (in the queue or on a call, the agent is asked first)
     * @param signOutGuard  asked before "Encerrar sessão" signs out
     * @param agentCommands the "Atendimento" menu, in groups between separators (empty: no such menu)
     */
    public MainWindowView(MainWindowViewModel viewModel, Messages messages, Map<NavPage, Supplier<Parent>> pages,
                          Runnable exit, CloseGuard exitGuard, Runnable signOut, CloseGuard signOutGuard,
                          java.util.List<java.util.List<MenuCommand>> agentCommands) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.pages = pages;
        this.exit = exit;
        this.exitGuard = exitGuard;
        this.signOut = signOut;
        this.signOutGuard = signOutGuard;
        this.agentCommands = java.util.List.copyOf(agentCommands);
    }

    @FXML
    private void initialize() {
        connectionLabel.setId("connectionStatus");
        userLabel.setId("userStatus");
        operatorLabel.setId("operatorStatus");
        connectionLabel.getStyleClass().add("connection-status");
        connectionLabel.setGraphic(new FontIcon("mdal-cloud_queue"));
        connectionLabel.textProperty().bind(viewModel.connectionTextProperty());
        viewModel.connectionStateProperty().addListener((obs, old, now) -> showState(now));
        showState(viewModel.connectionStateProperty().get());
        userLabel.textProperty().bind(viewModel.userTextProperty());
        operatorLabel.textProperty().bind(viewModel.operatorTextProperty());
        statusBar.textProperty().bind(viewModel.noticeProperty());
        pbxBannerText.setGraphic(new FontIcon("mdal-cloud_off"));
        pbxBanner.visibleProperty().bind(viewModel.pbxDownProperty());
        pbxBanner.managedProperty().bind(viewModel.pbxDownProperty());
        // The items keep their own width: a long notice (a database restored at start) is what gets cut, and its
        // whole sentence is in the tooltip; seen in a real window, a notice had cut the connection, sync and user.
        keepWidth(statusBar.getLeftItems());
        keepWidth(statusBar.getRightItems());
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(viewModel.noticeProperty());
        noticeTip.setWrapText(true);
        noticeTip.setMaxWidth(520);
        viewModel.noticeProperty().addListener((obs, old, now) -> statusBar.setTooltip(now == null || now.isEmpty() ? null : noticeTip));
        statusBar.setTooltip(viewModel.noticeProperty().get().isEmpty() ? null : noticeTip);
        statusBar.getLeftItems().add(connectionLabel);
        statusBar.getRightItems().addAll(userLabel, operatorLabel);

        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        viewModel.themeProperty().addListener((obs, old, now) -> darkThemeItem.setSelected(now == Theme.DARK));

        ToggleGroup group = new ToggleGroup();
        for (NavPage page : pages.keySet()) { // only the pages this role may see
            ToggleButton button = new ToggleButton(messages.get(page.textKey()), new FontIcon(page.icon()));
            button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> viewModel.navigate(page));
            button.setTooltip(new Tooltip(messages.get(page.textKey())));
            buttons.put(page, button);
            navigation.getChildren().add(button);
        }
        root.widthProperty().addListener((obs, old, width) -> compactNavigation(width.doubleValue() < COMPACT_NAVIGATION_BELOW));
        compactNavigation(root.getWidth() > 0 && root.getWidth() < COMPACT_NAVIGATION_BELOW);
        // Keep one page selected: clicking the selected page again must not blank the content.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        viewModel.pageProperty().addListener((obs, old, now) -> show(now));
        if (!agentCommands.isEmpty()) {
            menuBar.getMenus().add(1, AgentMenu.build(messages.get("menu.agent"), agentCommands));
        }
        NavPage first = pages.keySet().iterator().next();
        if (viewModel.pageProperty().get() == first) {
            show(first);
        } else {
            viewModel.navigate(first);
        }
    }

    private void compactNavigation(boolean compact) {
        navigation.pseudoClassStateChanged(COMPACT, compact);
        javafx.scene.control.ContentDisplay display = compact
                ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT;
        buttons.values().forEach(b -> b.setContentDisplay(display));
    }

    private void show(NavPage page) {
        if (page == null || !pages.containsKey(page)) {
            return; // a page this role does not have
        }
        buttons.get(page).setSelected(true);
        content.getChildren().setAll(loaded.computeIfAbsent(page, p -> pages.get(p).get()));
    }

    private void showState(ConnectionState state) {
        STATE_CLASSES.forEach((s, pc) -> connectionLabel.pseudoClassStateChanged(pc, s == state));
    }

    @FXML
    private void onToggleTheme() {
        viewModel.useTheme(darkThemeItem.isSelected() ? Theme.DARK : Theme.LIGHT);
    }

    /** A feature's own status at the left of the status bar, after the connection's (the history sync's). */
    public void showInStatusBarLeft(Node item) {
        statusBar.getLeftItems().add(item);
    }

    /** A feature's own status at the right of the status bar, before the user and the operator. */
    public void showInStatusBarRight(Node item) {
        statusBar.getRightItems().add(0, item);
    }

    @FXML
    private void onSignOut() {
        if (signOutGuard.mayClose(root.getScene().getWindow(), signOut)) {
            signOut.run();
        }
    }

    @FXML
    private void onExit() {
        if (exitGuard.mayClose(root.getScene().getWindow(), exit)) {
            exit.run();
        }
    }

    private static void keepWidth(ObservableList<Node> items) {
        Consumer<Node> keep = node -> {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        };
        items.forEach(keep);
        items.addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(keep);
            }
        });
    }
}

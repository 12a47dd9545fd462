package br.com.jttelecom.console.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sync's corner of the status bar, built in code: a label, and a progress bar while it runs. */
public final class SyncStatusView extends HBox {

    public static final String LABEL_ID = "syncStatus";

    public SyncStatusView(SyncStatusViewModel viewModel, br.com.jttelecom.console.i18n.Messages messages) {
        super(6);
        getStyleClass().add("sync-status");
        Label label = new Label();
        label.setId(LABEL_ID);
        label.setGraphic(new FontIcon("mdal-history"));
        label.textProperty().bind(viewModel.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(viewModel.problemProperty());
        viewModel.problemProperty().addListener((obs, old, now) -> label.setTooltip(now.isEmpty() ? null : tip));
        label.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.syncNow();
            }
        });
        javafx.scene.control.MenuItem now = new javafx.scene.control.MenuItem(messages.get("sync.menu.now"));
        now.setOnAction(e -> viewModel.syncNow());
        javafx.scene.control.MenuItem check = new javafx.scene.control.MenuItem(messages.get("sync.menu.reconcile"));
        check.setOnAction(e -> viewModel.reconcileNow());
        label.setContextMenu(new javafx.scene.control.ContextMenu(now, check)); // right-click: the two by name
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(90);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        bar.managedProperty().bind(viewModel.runningProperty());
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(label, bar);
    }
}

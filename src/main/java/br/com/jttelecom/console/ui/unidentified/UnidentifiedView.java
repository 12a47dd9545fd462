package br.com.jttelecom.console.ui.unidentified;

import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.ui.leads.LeadDialogs;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of {@code Unidentified.fxml}: the calls no lead claims, each with "Vincular a lead" and "Criar lead". */
public final class UnidentifiedView {

    private final UnidentifiedViewModel vm;
    private final Supplier<LinkLeadViewModel> linkModels;
    private final LeadDialogs leadDialogs;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private Label countLabel;
    @FXML private Label message;
    @FXML private TableView<UnidentifiedRow> table;
    @FXML private TableColumn<UnidentifiedRow, String> dateColumn;
    /** Direction and outcome in one cell ("Recebida · Atendida"): the page must fit beside the call panel. */
    @FXML private TableColumn<UnidentifiedRow, String> callColumn;
    @FXML private TableColumn<UnidentifiedRow, String> numberColumn;
    @FXML private TableColumn<UnidentifiedRow, String> fromNumberColumn;
    @FXML private TableColumn<UnidentifiedRow, String> agentColumn;
    @FXML private TableColumn<UnidentifiedRow, UnidentifiedRow> actionsColumn;
    @FXML private Button moreButton;

    public UnidentifiedView(UnidentifiedViewModel vm, Supplier<LinkLeadViewModel> linkModels, LeadDialogs leadDialogs,
                            Messages messages) {
        this.vm = vm;
        this.linkModels = linkModels;
        this.leadDialogs = leadDialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Tables.textColumn(dateColumn, UnidentifiedRow::dateTime);
        Tables.textColumn(callColumn, r -> r.direction() + " · " + r.status());
        Tables.textColumn(numberColumn, UnidentifiedRow::displayNumber);
        Tables.textColumn(fromNumberColumn, UnidentifiedRow::fromNumber);
        Tables.textColumn(agentColumn, UnidentifiedRow::agent);
        actionsColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        actionsColumn.setCellFactory(c -> new ActionsCell());
        agentColumn.visibleProperty().bind(vm.showsAgentProperty());
        table.setItems(vm.rows());
        countLabel.textProperty().bind(vm.countTextProperty());
        countLabel.visibleProperty().bind(vm.totalProperty().greaterThan(0));
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        moreButton.disableProperty().bind(vm.hasMoreProperty().not().or(vm.loadingProperty()));
        moreButton.visibleProperty().bind(vm.hasMoreProperty());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                vm.refresh(); // each visit shows the list as it is now
            }
        });
    }

    private void link(UnidentifiedRow row) {
        LinkLeadDialog dialog = new LinkLeadDialog(linkModels.get(), messages, row, choice -> vm.link(row, choice.id(), choice.name()));
        OwnedDialogs.prepare(dialog, root.getScene().getWindow());
        dialog.show();
    }

    private void createLead(UnidentifiedRow row) {
        // The console's lead form claims the calls of the lead's phones when it saves: this number's, as filled in.
        leadDialogs.openForm(root.getScene().getWindow(), LeadForm.forPhone(row.displayNumber()), leadId -> vm.leadCreated());
    }

    @FXML
    private void onRefresh() {
        vm.refresh();
    }

    @FXML
    private void onMore() {
        vm.loadMore();
    }

    /** "Vincular a lead" and "Criar lead" on each row. */
    private final class ActionsCell extends TableCell<UnidentifiedRow, UnidentifiedRow> {
        private final Button linkButton = new Button(messages.get("unidentified.link.short"), new FontIcon(Material2AL.LINK));
        private final Button createButton = new Button(messages.get("call.inbound.createLead"),
                new FontIcon(Material2MZ.PERSON_ADD));
        private final HBox box = new HBox(6, linkButton, createButton);

        ActionsCell() {
            linkButton.getStyleClass().addAll("small", "unidentified-link");
            createButton.getStyleClass().addAll("small", "unidentified-create");
            linkButton.setTooltip(new Tooltip(messages.get("unidentified.link")));
            linkButton.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            createButton.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(UnidentifiedRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            linkButton.setOnAction(e -> link(row));
            createButton.setOnAction(e -> createLead(row));
            setGraphic(box);
        }
    }
}

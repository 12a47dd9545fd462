package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.ui.fx.Tables;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The Resultados de chamada page's FXML controller: wiring only. */
public final class DispositionsView {

    private final DispositionsViewModel viewModel;

    @FXML private TextField wrapUpSeconds;
    @FXML private CheckBox required;
    @FXML private Label rulesMessage;
    @FXML private TableView<Disposition> table;
    @FXML private TableColumn<Disposition, String> nameColumn;
    @FXML private TableColumn<Disposition, String> groupColumn;
    @FXML private TableColumn<Disposition, String> shortcutColumn;
    @FXML private TableColumn<Disposition, String> activeColumn;
    @FXML private TextField name;
    @FXML private ComboBox<Outcome> group;
    @FXML private TextField shortcut;
    @FXML private Label message;

    public DispositionsView(DispositionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        wrapUpSeconds.textProperty().bindBidirectional(viewModel.wrapUpSecondsProperty());
        required.selectedProperty().bindBidirectional(viewModel.requiredProperty());
        rulesMessage.textProperty().bind(viewModel.rulesMessageProperty());
        Tables.textColumn(nameColumn, Disposition::name);
        Tables.textColumn(groupColumn, d -> viewModel.groupText(d.group()));
        Tables.textColumn(shortcutColumn, d -> viewModel.shortcutText(d.shortcut()));
        Tables.textColumn(activeColumn, viewModel::activeText);
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        group.getItems().setAll(viewModel.groups());
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(Outcome o) {
                return viewModel.groupText(o);
            }

            @Override
            public Outcome fromString(String s) {
                return null;
            }
        });
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        group.valueProperty().bindBidirectional(viewModel.groupProperty());
        shortcut.textProperty().bindBidirectional(viewModel.shortcutProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML private void onSaveRules() { viewModel.saveRules(); }
    @FXML private void onSave() { viewModel.save(); }
    @FXML private void onNew() { viewModel.startNew(); }
    @FXML private void onToggle() { viewModel.toggle(table.getSelectionModel().getSelectedItem()); }
}

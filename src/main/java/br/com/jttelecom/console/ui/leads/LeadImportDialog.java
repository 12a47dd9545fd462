package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.leads.ImportPreview;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The CSV preview: accepted rows, rejected rows with the reason, and "Importar N leads". */
final class LeadImportDialog extends Dialog<Void> {

    LeadImportDialog(LeadImportViewModel vm, Messages messages, IntConsumer onImported) {
        setTitle(messages.get("leads.import.title"));
        setHeaderText(getTitle());
        setResizable(true);
        Label summary = new Label();
        summary.setId("importSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());

        TableView<ImportPreview.Accepted> accepted = new TableView<>(vm.accepted());
        accepted.setId("importAccepted");
        accepted.getColumns().add(column(messages.get("leads.import.column.line"), a -> String.valueOf(a.line()), 60));
        accepted.getColumns().add(column(messages.get("leads.column.name"), a -> a.lead().name(), 200));
        accepted.getColumns().add(column(messages.get("leads.column.company"), a -> nz(a.lead().company()), 200));
        accepted.getColumns().add(column(messages.get("leads.column.phones"), vm::phones, 200));
        TableView<ImportPreview.Rejected> rejected = new TableView<>(vm.rejected());
        rejected.setId("importRejected");
        rejected.getColumns().add(column(messages.get("leads.import.column.line"), r -> String.valueOf(r.line()), 60));
        rejected.getColumns().add(column(messages.get("leads.import.column.reason"), ImportPreview.Rejected::reason, 320));
        rejected.getColumns().add(column(messages.get("leads.import.column.text"), ImportPreview.Rejected::text, 300));

        TabPane tabs = new TabPane(new Tab(messages.get("leads.import.accepted"), accepted),
                new Tab(messages.get("leads.import.rejected"), rejected));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(760, 380);
        getDialogPane().setContent(new VBox(8, summary, error, tabs));

        ButtonType confirm = new ButtonType(messages.get("leads.import.confirm", 0), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("leads.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(confirm, close);
        javafx.scene.control.Button confirmButton = (javafx.scene.control.Button) getDialogPane().lookupButton(confirm);
        confirmButton.setId("importConfirm");
        confirmButton.textProperty().bind(vm.confirmTextProperty());
        confirmButton.disableProperty().bind(vm.canConfirmProperty().not());
        confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.confirm(count -> {
                onImported.accept(count);
                close();
            });
        });
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

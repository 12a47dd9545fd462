package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.ui.fx.DisabledReason;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The phones of a lead as small "Ligar" buttons, one per number; off (saying why) while calling is off. */
final class PhoneButtonsCell extends TableCell<LeadRow, LeadRow> {

    private final LeadsViewModel viewModel;
    private final HBox box = new HBox(4);

    PhoneButtonsCell(LeadsViewModel viewModel) {
        this.viewModel = viewModel;
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(LeadRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        box.getChildren().clear();
        for (int i = 0; i < row.phones().size(); i++) {
            String e164 = row.phones().get(i);
            String display = row.phonesDisplay().get(i);
            Button call = new Button(display, new FontIcon(Material2MZ.PHONE));
            call.getStyleClass().addAll("flat", "small", "phone-button");
            call.setTooltip(new Tooltip(viewModel.callTooltip(display)));
            call.disableProperty().bind(viewModel.canDialProperty().not());
            call.setOnAction(e -> viewModel.call(row, e164));
            box.getChildren().add(DisabledReason.wrap(call, viewModel.dialOffReasonProperty()));
        }
        setGraphic(box);
    }
}

package br.com.jttelecom.console.ui.unidentified;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.leads.SearchField;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Picks the lead a number belongs to: a search field, the matches, "Vincular". */
final class LinkLeadDialog extends Dialog<LinkLeadViewModel.Choice> {

    private static final Duration DEBOUNCE = Duration.millis(150);

    LinkLeadDialog(LinkLeadViewModel vm, Messages messages, UnidentifiedRow row, Consumer<LinkLeadViewModel.Choice> onLink) {
        setTitle(messages.get("unidentified.link.title", row.displayNumber()));
        setHeaderText(getTitle());
        setResizable(true);
        TextField search = SearchField.create();
        search.setId("linkLeadSearch");
        search.setPromptText(messages.get("leads.search.prompt"));
        ListView<LinkLeadViewModel.Choice> list = new ListView<>(vm.choices());
        list.setId("linkLeadChoices");
        list.setPlaceholder(new Label(messages.get("unidentified.link.none")));
        list.setPrefSize(460, 260);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        Label explain = new Label(vm.explanation(row.displayNumber()));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setMaxWidth(460);
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(e -> vm.search(search.getText()));
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        Label searchError = new Label();
        searchError.setId("linkLeadError");
        searchError.getStyleClass().add("field-error");
        searchError.setWrapText(true);
        searchError.setMaxWidth(460);
        searchError.textProperty().bind(vm.searchErrorProperty());
        searchError.visibleProperty().bind(vm.searchErrorProperty().isNotEmpty());
        searchError.managedProperty().bind(searchError.visibleProperty());
        getDialogPane().setContent(new VBox(8, search, list, searchError, explain));

        ButtonType link = new ButtonType(messages.get("unidentified.link"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(link,
                new ButtonType(messages.get("leads.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node linkButton = getDialogPane().lookupButton(link);
        linkButton.setId("linkLeadConfirm");
        linkButton.disableProperty().bind(vm.selectedProperty().isNull());
        setResultConverter(b -> b == link ? vm.selectedProperty().get() : null);
        setOnShown(e -> search.requestFocus());
        resultProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                onLink.accept(choice);
            }
        });
        vm.search("");
    }
}

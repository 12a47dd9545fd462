package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lead card beside the table, built in code: name, details, figures, opportunities and call history. */
final class LeadCardView extends VBox {

    LeadCardView(LeadCardViewModel card, Messages messages) {
        super(8);
        setId("leadCard");
        Label name = new Label();
        name.setId("leadCardName");
        name.getStyleClass().add("title-3");
        name.textProperty().bind(card.nameProperty());
        Label details = new Label();
        details.setWrapText(true);
        details.textProperty().bind(card.detailsProperty());
        Label stats = new Label();
        stats.setId("leadCardStats");
        stats.setWrapText(true);
        stats.getStyleClass().add("text-muted");
        stats.textProperty().bind(card.statsProperty());
        stats.setMinHeight(Region.USE_PREF_SIZE); // wrap to as many lines as the figures need, never "…"
        details.setMinHeight(Region.USE_PREF_SIZE);

        ListView<OpportunityLine> opportunities = new ListView<>(card.opportunities());
        opportunities.setId("leadCardOpportunities");
        opportunities.setPlaceholder(new Label(messages.get("leads.card.noOpportunities")));
        opportunities.setPrefHeight(130);
        opportunities.setMinHeight(96); // two opportunities stay in sight however long the details are
        Button callAbout = new Button(messages.get("leads.card.callAbout"));
        callAbout.setId("leadCardCallAbout");
        callAbout.disableProperty().bind(opportunities.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !card.canDial())));
        callAbout.setOnAction(e -> card.callAbout(opportunities.getSelectionModel().getSelectedItem()));
        ListView<String> calls = new ListView<>(card.calls());
        calls.setId("leadCardCalls");
        calls.setPlaceholder(new Label(messages.get("leads.card.noCalls")));
        VBox.setVgrow(calls, Priority.ALWAYS);

        callAbout.setMaxWidth(Double.MAX_VALUE);
        opportunities.setCellFactory(list -> wrapping(list, OpportunityLine::text));
        calls.setCellFactory(list -> wrapping(list, line -> line)); // a call's line is never cut at the card's edge
        Label opportunitiesTitle = new Label(messages.get("leads.card.opportunities"));
        opportunitiesTitle.getStyleClass().add("text-bold");
        Label callsTitle = new Label(messages.get("leads.card.calls"));
        callsTitle.getStyleClass().add("text-bold");
        getChildren().addAll(name, details, stats, opportunitiesTitle, opportunities, callAbout, callsTitle, calls);
        visibleProperty().bind(card.shownProperty());
        managedProperty().bind(card.shownProperty());
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    /** A line (an opportunity and its figures, a call), wrapped to the card's width (a label grows in height; a cell's text does not). */
    private static <T> ListCell<T> wrapping(ListView<T> list, java.util.function.Function<T, String> textOf) {
        return new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(list.widthProperty().subtract(28));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : textOf.apply(item));
                setGraphic(empty || item == null ? null : text);
                setText(null);
            }
        };
    }
}

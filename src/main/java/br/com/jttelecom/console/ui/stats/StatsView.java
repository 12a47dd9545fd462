package br.com.jttelecom.console.ui.stats;

import br.com.jttelecom.console.ui.fx.DateFields;
import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.service.stats.StatsPreset;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Controller of {@code Stats.fxml}: the period form, the cards and the charts. */
public final class StatsView {

    private static final PseudoClass BETTER = PseudoClass.getPseudoClass("better");
    private static final PseudoClass WORSE = PseudoClass.getPseudoClass("worse");

    private final StatsViewModel viewModel;
    private StatsCharts charts;

    @FXML private BorderPane statsPage;
    @FXML private ComboBox<StatsPreset> statsPeriod;
    @FXML private DatePicker statsFrom;
    @FXML private DatePicker statsTo;
    @FXML private ProgressIndicator statsLoading;
    @FXML private Label statsStatus;
    @FXML private FlowPane statsCards;
    @FXML private TilePane statsCharts;

    public StatsView(StatsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        DateFields.dayMonthYear(statsFrom, statsTo);
        var messages = viewModel.messages();
        statsPeriod.getItems().setAll(StatsPreset.values());
        statsPeriod.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatsPreset p) {
                return p == null ? "" : messages.get("stats.period." + p.name());
            }

            @Override
            public StatsPreset fromString(String s) {
                return null;
            }
        });
        statsPeriod.valueProperty().bindBidirectional(viewModel.presetProperty());
        statsFrom.valueProperty().bindBidirectional(viewModel.customFromProperty());
        statsTo.valueProperty().bindBidirectional(viewModel.customToProperty());
        statsFrom.disableProperty().bind(statsPeriod.valueProperty().isNotEqualTo(StatsPreset.CUSTOM));
        statsTo.disableProperty().bind(statsFrom.disableProperty());
        statsLoading.visibleProperty().bind(viewModel.loadingProperty());
        statsStatus.textProperty().bind(viewModel.statusProperty());
        charts = new StatsCharts(messages);
        statsCharts.getChildren().setAll(charts.all());
        viewModel.cards().addListener((ListChangeListener<StatsCard>) c -> showCards());
        viewModel.reportProperty().addListener((o, a, r) -> charts.show(r));
        // Recalculate whenever the page comes into view: the period "today" may have moved on.
        statsPage.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                viewModel.reload();
            }
        });
    }

    private void showCards() {
        statsCards.getChildren().clear();
        for (StatsCard card : viewModel.cards()) {
            Label title = new Label(card.title());
            title.getStyleClass().add("stats-card-title");
            Label value = new Label(card.value());
            value.getStyleClass().add("stats-card-value");
            value.setId("statsValue-" + card.key());
            Label compare = new Label(card.comparison());
            compare.getStyleClass().add("stats-card-compare");
            compare.pseudoClassStateChanged(BETTER, Boolean.TRUE.equals(card.better()));
            compare.pseudoClassStateChanged(WORSE, Boolean.FALSE.equals(card.better()));
            VBox box = new VBox(2, title, value, compare);
            box.getStyleClass().add("stats-card");
            box.setId("statsCard-" + card.key());
            statsCards.getChildren().add(box);
        }
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    @FXML
    private void exportCsv() {
        File file = OwnedDialogs.save(chooser(viewModel.suggestedFileName(viewModel.messages().get("stats.export.fileCsv"), "csv"), "*.csv"), statsPage.getScene().getWindow());
        if (file != null) {
            viewModel.exportCsv(file.toPath());
        }
    }

    @FXML
    private void exportPng() {
        File file = OwnedDialogs.save(chooser(viewModel.suggestedFileName(viewModel.messages().get("stats.export.filePng"), "png"), "*.png"), statsPage.getScene().getWindow());
        if (file != null) {
            viewModel.exportImage(ChartPng.snapshot(statsCharts), file.toPath());
        }
    }

    private FileChooser chooser(String name, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(viewModel.messages().get("stats.export.title"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser;
    }
}

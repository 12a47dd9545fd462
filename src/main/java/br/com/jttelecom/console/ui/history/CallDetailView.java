package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;

/** Controller of {@code CallDetail.fxml}: the side panel with the selected call. */
public final class CallDetailView {

    private final CallDetailViewModel viewModel;
    private final Messages messages;

    @FXML private VBox detailPanel;
    @FXML private Label detailTitle;
    @FXML private GridPane fieldsGrid;
    @FXML private ListView<String> timelineList;
    @FXML private TextArea notesArea;
    @FXML private Label saveStatus;
    @FXML private ComboBox<Disposition> outcomeChoice;
    @FXML private Label transcriptLabel;
    @FXML private TextArea transcriptArea;
    @FXML private Label summaryTitle;
    @FXML private TextArea summaryArea;
    @FXML private Label recordingMessage;
    @FXML private Button playButton;
    @FXML private Button backButton;
    @FXML private javafx.scene.control.Slider seekSlider;
    @FXML private Button forwardButton;
    @FXML private Label positionLabel;
    @FXML private HBox speedBox;
    @FXML private Button saveButton;

    private RecordingControls controls;
    private RecordingPlayer player;

    public CallDetailView(CallDetailViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        detailPanel.visibleProperty().bind(viewModel.shownProperty());
        detailPanel.managedProperty().bind(viewModel.shownProperty());
        detailTitle.textProperty().bind(viewModel.titleProperty());
        viewModel.fields().addListener((javafx.collections.ListChangeListener<CallDetailViewModel.Field>) c -> fillFields());
        timelineList.setItems(viewModel.timeline());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        saveStatus.textProperty().bind(viewModel.saveStatusProperty());
        outcomeChoice.setItems(viewModel.choices());
        // "Sem resultado" is the null choice: said as such, not left blank as the shared converter leaves null.
        outcomeChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Disposition d) {
                return viewModel.choiceText(d);
            }

            @Override
            public Disposition fromString(String text) {
                return null;
            }
        });
        outcomeChoice.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Disposition item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : viewModel.choiceText(item));
            }
        });
        outcomeChoice.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Disposition item, boolean empty) {
                super.updateItem(item, empty);
                setText(viewModel.choiceText(item));
            }
        });
        outcomeChoice.valueProperty().bindBidirectional(viewModel.choiceProperty());
        transcriptArea.textProperty().bind(viewModel.transcriptProperty());
        bindOptional(transcriptLabel, transcriptArea, viewModel.transcriptProperty());
        summaryArea.textProperty().bind(viewModel.summaryProperty());
        bindOptional(summaryTitle, summaryArea, viewModel.summaryProperty());
        recordingMessage.textProperty().bind(viewModel.recordingMessageProperty());
        controls = new RecordingControls(messages);
        player = new RecordingPlayer(viewModel, controls);
        bindControls();
        saveButton.disableProperty().bind(viewModel.savable().not());
    }

    private void bindControls() {
        javafx.beans.binding.BooleanBinding off = controls.readyProperty().not();
        for (javafx.scene.Node n : java.util.List.of(playButton, backButton, seekSlider, forwardButton, speedBox)) {
            n.disableProperty().bind(off);
        }
        playButton.textProperty().bind(controls.playTextProperty());
        positionLabel.textProperty().bind(controls.positionTextProperty());
        seekSlider.maxProperty().bind(controls.lengthProperty());
        // The slider follows the recording except while the person drags it; letting go (or a click) seeks.
        controls.positionProperty().addListener((obs, old, now) -> {
            if (!seekSlider.isValueChanging()) {
                seekSlider.setValue(now.doubleValue());
            }
        });
        seekSlider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                controls.seek(seekSlider.getValue());
            }
        });
        seekSlider.setOnMouseReleased(e -> controls.seek(seekSlider.getValue()));
        ToggleGroup speeds = new ToggleGroup();
        for (double rate : RecordingControls.SPEEDS) {
            ToggleButton b = new ToggleButton(controls.speedText(rate));
            b.setToggleGroup(speeds);
            b.setUserData(rate);
            b.setSelected(rate == controls.speedProperty().get());
            b.setMinWidth(Region.USE_PREF_SIZE);
            speedBox.getChildren().add(b);
        }
        speeds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one speed is always chosen
            } else {
                controls.speed((Double) now.getUserData());
            }
        });
    }

    private static void bindOptional(Label title, TextArea area, javafx.beans.value.ObservableStringValue text) {
        title.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        title.managedProperty().bind(title.visibleProperty());
        area.visibleProperty().bind(title.visibleProperty());
        area.managedProperty().bind(title.visibleProperty());
    }

    private void fillFields() {
        fieldsGrid.getChildren().clear();
        int row = 0;
        for (CallDetailViewModel.Field f : viewModel.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("text-bold");
            // Both sides wrap: in a narrow pane a long label takes two lines instead of squeezing the value
            // down to one character per line.
            label.setWrapText(true);
            label.setMaxWidth(150);
            // Never narrower than its longest word, in the font CSS gives it: squeezed to 80 px, "desligamento"
            // broke into "desligam / ento".
            label.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(80, longestWord(label.getText(), label.getFont())), label.fontProperty()));
            Label value = new Label(f.value());
            value.setWrapText(true);
            value.setMinWidth(100);
            GridPane.setHgrow(value, javafx.scene.layout.Priority.ALWAYS);
            fieldsGrid.addRow(row++, label, value);
        }
    }

    private static double longestWord(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text word = new javafx.scene.text.Text();
        word.setFont(font);
        double widest = 0;
        for (String w : text.split("\\s+")) {
            word.setText(w);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 1;
    }

    @FXML
    private void onPlayPause() {
        controls.togglePlay();
    }

    @FXML
    private void onBack() {
        controls.back();
    }

    @FXML
    private void onForward() {
        controls.forward();
    }

    @FXML
    private void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("recording.chooser.title"));
        java.nio.file.Path file = viewModel.recordingFileProperty().get();
        if (file != null) {
            String name = file.getFileName().toString();
            chooser.setInitialFileName("gravacao" + name.substring(name.lastIndexOf('.')));
        }
        File target = OwnedDialogs.save(chooser, detailPanel.getScene().getWindow());
        if (target != null) {
            viewModel.saveRecordingTo(target.toPath());
        }
    }

    @FXML
    private void onClose() {
        player.stop();
        viewModel.close();
    }
}

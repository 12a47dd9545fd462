package br.com.jttelecom.console.ui.board;

import br.com.jttelecom.console.ui.fx.Tables;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Controller of {@code LiveBoard.fxml}. One timeline ticks the timers every second and asks for a new snapshot
 * every refresh interval; it runs only while the page is in a window on screen, and stops when the person goes
 * to another page or the window closes.
 */
public final class LiveBoardView {

    private final LiveBoardViewModel viewModel;
    private final Timeline timeline = new Timeline();
    private long seconds;

    @FXML private BorderPane boardPage;
    @FXML private Label boardSummary;
    @FXML private Label boardStatus;
    @FXML private Label boardLongestWait;
    @FXML private TableView<OperatorRow> boardOperators;
    @FXML private TableColumn<OperatorRow, String> operatorNameColumn;
    @FXML private TableColumn<OperatorRow, String> operatorExtensionColumn;
    @FXML private TableColumn<OperatorRow, String> operatorStateColumn;
    @FXML private TableColumn<OperatorRow, String> operatorTimeColumn;
    @FXML private TableColumn<OperatorRow, String> operatorCustomerColumn;
    @FXML private TableView<CallLine> boardCalls;
    @FXML private TableColumn<CallLine, String> callWhoColumn;
    @FXML private TableColumn<CallLine, String> callCustomerColumn;
    @FXML private TableColumn<CallLine, String> callStateColumn;
    @FXML private TableColumn<CallLine, String> callTimeColumn;
    @FXML private TableView<CallLine> boardQueue;
    @FXML private TableColumn<CallLine, String> queueCustomerColumn;
    @FXML private TableColumn<CallLine, String> queueTimeColumn;

    public LiveBoardView(LiveBoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boardOperators.setItems(viewModel.operators());
        boardOperators.setRowFactory(t -> new OperatorTableRow());
        Tables.textColumn(operatorNameColumn, OperatorRow::name);
        Tables.textColumn(operatorExtensionColumn, OperatorRow::extension);
        Tables.textColumn(operatorStateColumn, OperatorRow::stateText);
        operatorTimeColumn.setCellValueFactory(c -> c.getValue().timeProperty());
        Tables.textColumn(operatorCustomerColumn, OperatorRow::customerText);
        boardCalls.setItems(viewModel.calls());
        Tables.textColumn(callWhoColumn, CallLine::who);
        Tables.textColumn(callCustomerColumn, CallLine::customer);
        Tables.textColumn(callStateColumn, CallLine::stateText);
        callTimeColumn.setCellValueFactory(c -> c.getValue().timeProperty());
        boardQueue.setItems(viewModel.waiting());
        Tables.textColumn(queueCustomerColumn, CallLine::customer);
        queueTimeColumn.setCellValueFactory(c -> c.getValue().timeProperty());
        boardSummary.textProperty().bind(viewModel.summaryProperty());
        boardStatus.textProperty().bind(viewModel.statusProperty());
        boardLongestWait.textProperty().bind(viewModel.longestWaitProperty());

        timeline.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> everySecond()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        ChangeListener<Boolean> showing = (o, was, now) -> runWhile(now);
        ChangeListener<Window> window = (o, was, now) -> {
            if (was != null) {
                was.showingProperty().removeListener(showing);
            }
            if (now != null) {
                now.showingProperty().addListener(showing);
            }
            runWhile(now != null && now.isShowing());
        };
        boardPage.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(window);
            }
            if (now != null) {
                now.windowProperty().addListener(window);
            }
            runWhile(onScreen(now));
        });
        runWhile(onScreen(boardPage.getScene()));
    }

    private static boolean onScreen(Scene scene) {
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void runWhile(boolean visible) {
        if (visible && timeline.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            seconds = 0;
            viewModel.refresh();
            timeline.play();
        } else if (!visible) {
            timeline.stop();
        }
    }

    private void everySecond() {
        seconds++;
        if (seconds % Math.max(1, viewModel.refreshInterval().toSeconds()) == 0) {
            viewModel.refresh();
        }
        viewModel.tick();
    }

    @FXML
    private void refreshNow() {
        viewModel.refresh();
    }
}

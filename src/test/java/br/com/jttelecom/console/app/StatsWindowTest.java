package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.stats.StatsPreset;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The stats page in the real application, headless, over the demo history synced at start. */
class StatsWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startAndSync() throws Exception {
        SignIn.as(robot, "admin", "admin123");
        Label sync = robot.lookup("#syncStatus").queryAs(Label.class);
        FxWait.until(60, () -> sync.getText().startsWith("Histórico sincronizado"));
        robot.clickOn("#nav-stats");
        FxWait.until(20, () -> robot.lookup("#statsValue-total").tryQuery().isPresent());
    }

    @Test
    void showsTheCardsAndChartsOfTheDemoHistory() {
        assertThat(robot.lookup(".stats-card").queryAll()).hasSize(13);
        assertThat(robot.lookup("#statsCard-tma .stats-card-compare").queryAs(Label.class).getText()).isNotEmpty();
        StackedBarChart<?, ?> hours = robot.lookup("#statsHourChart").queryAs(StackedBarChart.class);
        assertThat(hours.getData()).isNotEmpty();
        // Calls are counted whole: no "0.00" on an empty day, no "2.5" between two ticks.
        javafx.scene.chart.NumberAxis calls = (javafx.scene.chart.NumberAxis) hours.getYAxis();
        assertThat(calls.getTickLabelFormatter().toString(0.0)).isEqualTo("0");
        assertThat(calls.getTickLabelFormatter().toString(3.0)).isEqualTo("3");
        assertThat(calls.getTickLabelFormatter().toString(2.5)).isEmpty();
        assertThat(robot.lookup("#statsTitle").queryAs(Label.class).getText()).isEqualTo("Estatísticas");
    }

    /** Seen in a real window: answered calls were orange on one chart and red on the next, missed ones green. */
    @Test
    void eachStatusHasOneColourOnEveryChart() throws Exception {
        // Thirty days of the demo's history: every agent has calls whatever the hour the test runs at.
        robot.interact(() -> period().setValue(StatsPreset.LAST_30_DAYS));
        FxWait.until(20, () -> !robot.lookup("#statsAgentChart").queryAs(javafx.scene.chart.XYChart.class).getData().isEmpty()
                && !((javafx.scene.chart.XYChart.Series<?, ?>) robot.lookup("#statsAgentChart")
                        .queryAs(javafx.scene.chart.XYChart.class).getData().get(0)).getData().isEmpty());
        javafx.scene.paint.Paint answeredPerHour = fill("#statsHourChart", "Atendida");
        javafx.scene.paint.Paint missedPerHour = fill("#statsHourChart", "Não atendida");
        assertThat(fill("#statsAgentChart", "Atendidas")).isEqualTo(answeredPerHour);
        assertThat(fill("#statsAgentChart", "Não atendidas")).isEqualTo(missedPerHour);
        assertThat(answeredPerHour).isNotEqualTo(missedPerHour);
        // Every status its own colour on the hour chart, the one chart that shows them all.
        assertThat(java.util.List.of(answeredPerHour, missedPerHour, fill("#statsHourChart", "Ocupado"),
                fill("#statsHourChart", "Falhou"), fill("#statsHourChart", "Em andamento"))).doesNotHaveDuplicates();
        assertThat(robot.lookup("#statsOutcomeChart").queryAs(javafx.scene.chart.PieChart.class).getLabelsVisible())
                .as("slice labels overlap; the legend names them").isFalse();
    }

    /**
     * The fill of a bar chart's series' first bar, as CSS painted it — read in the same JavaFX step
     * that found it painted: the 30-day load can replace the bars between two steps, and a new bar
     * has no background until the next CSS pass.
     */
    private javafx.scene.paint.Paint fill(String chartId, String seriesName) throws Exception {
        javafx.scene.chart.XYChart<?, ?> chart = robot.lookup(chartId).queryAs(javafx.scene.chart.XYChart.class);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.paint.Paint> painted = new java.util.concurrent.atomic.AtomicReference<>();
        FxWait.until(10, () -> {
            chart.getData().stream().filter(s -> s.getName().equals(seriesName))
                    .filter(s -> !s.getData().isEmpty())
                    .map(s -> s.getData().get(0).getNode())
                    .filter(node -> node instanceof javafx.scene.layout.Region r
                            && r.getBackground() != null && !r.getBackground().getFills().isEmpty())
                    .findFirst()
                    .ifPresent(node -> painted.set(((javafx.scene.layout.Region) node).getBackground().getFills().get(0).getFill()));
            return painted.get() != null;
        });
        return painted.get();
    }

    @Test
    void aLongerPeriodCountsMoreCalls() throws Exception {
        robot.interact(() -> period().setValue(StatsPreset.LAST_7_DAYS));
        FxWait.until(20, () -> total() > 0);
        long week = total();
        robot.interact(() -> period().setValue(StatsPreset.LAST_30_DAYS));
        FxWait.until(20, () -> total() > week);
        long days30 = total();
        long stored = console.runtime().database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM calls WHERE start_time >= DATEADD('DAY', -31, CURRENT_TIMESTAMP)")
                .mapTo(Long.class).one());
        assertThat(days30).isGreaterThan(week).isLessThanOrEqualTo(stored);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StatsPreset> period() {
        return robot.lookup("#statsPeriod").queryAs(ComboBox.class);
    }

    private long total() {
        String text = robot.lookup("#statsValue-total").queryAs(Label.class).getText();
        return Long.parseLong(text.replace(".", "").replace(",", ""));
    }
}

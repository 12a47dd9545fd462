package br.com.jttelecom.console.ui.stats;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.stats.StatsReport;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** Builds the stats tab's six charts once and refills them from each report. */
final class StatsCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    final StackedBarChart<String, Number> perHour = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    final LineChart<String, Number> perDay = new LineChart<>(new CategoryAxis(), new NumberAxis());
    final BarChart<String, Number> perAgent = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final BarChart<String, Number> tmaPerAgent = new BarChart<>(new CategoryAxis(), new NumberAxis());
    final PieChart outcomes = new PieChart();
    final StackedBarChart<String, Number> states = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
    private final Messages messages;

    StatsCharts(Messages messages) {
        this.messages = messages;
        title(perHour, "hour", "statsHourChart");
        title(perDay, "day", "statsDayChart");
        title(perAgent, "agent", "statsAgentChart");
        title(tmaPerAgent, "agentTma", "statsAgentTmaChart");
        tmaPerAgent.setLegendVisible(false);
        title(outcomes, "outcome", "statsOutcomeChart");
        // Slice labels overlap as soon as two outcomes are small; the legend names each slice with its count.
        outcomes.setLabelsVisible(false);
        outcomes.setLegendSide(javafx.geometry.Side.RIGHT);
        title(states, "states", "statsStateChart");
        countAxis(perHour);
        countAxis(perDay);
        countAxis(perAgent);
        perHour.setAnimated(false);
        perDay.setAnimated(false);
        perAgent.setAnimated(false);
        tmaPerAgent.setAnimated(false);
        outcomes.setAnimated(false);
        states.setAnimated(false);
    }

    /**
     * A call count's axis reads in whole calls: "0", "1", "2", never "0.00" on an empty period or "2.5"
     * between two ticks (those ticks stay, unlabelled).
     */
    private static void countAxis(XYChart<String, Number> chart) {
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
    }

    List<javafx.scene.chart.Chart> all() {
        return List.of(perHour, perDay, perAgent, tmaPerAgent, outcomes, states);
    }

    void show(StatsReport r) {
        Map<CallStatus, XYChart.Series<String, Number>> byStatus = new EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            byStatus.put(s, series(messages.get("call.status." + s.name())));
        }
        for (StatsReport.HourRow h : r.perHour()) {
            String hour = "%02d".formatted(h.hour());
            byStatus.forEach((s, series) -> series.getData().add(new XYChart.Data<>(hour, h.byStatus().getOrDefault(s, 0L))));
        }
        perHour.setData(FXCollections.observableArrayList(byStatus.values()));

        var total = series(messages.get("stats.series.total"));
        var answered = series(messages.get("stats.series.answered"));
        for (StatsReport.DayRow d : r.perDay()) {
            total.getData().add(new XYChart.Data<>(d.day().format(DAY), d.total()));
            answered.getData().add(new XYChart.Data<>(d.day().format(DAY), d.answered()));
        }
        perDay.setData(FXCollections.observableArrayList(List.of(total, answered)));

        var agentAnswered = series(messages.get("stats.series.answered"));
        var agentMissed = series(messages.get("stats.series.missed"));
        var agentTma = series(messages.get("stats.series.tmaMinutes"));
        for (StatsReport.AgentRow a : r.perAgent()) {
            String name = a.operator().isEmpty() ? messages.get("stats.agent.none") : a.operator();
            agentAnswered.getData().add(new XYChart.Data<>(name, a.answered()));
            agentMissed.getData().add(new XYChart.Data<>(name, a.missed()));
            if (a.tma() != null) {
                agentTma.getData().add(new XYChart.Data<>(name, a.tma().toMillis() / 60_000.0));
            }
        }
        perAgent.setData(FXCollections.observableArrayList(List.of(agentAnswered, agentMissed)));
        tmaPerAgent.setData(FXCollections.observableArrayList(List.of(agentTma)));

        var slices = FXCollections.<PieChart.Data>observableArrayList();
        for (Outcome o : Outcome.values()) {
            long n = r.outcomes().getOrDefault(o, 0L);
            if (n > 0) {
                slices.add(new PieChart.Data(messages.get("stats.outcome." + o.name()) + " (" + n + ")", n));
            }
        }
        outcomes.setData(slices);

        Map<String, XYChart.Series<String, Number>> byState = new LinkedHashMap<>();
        for (StatsReport.StateTime t : r.states()) {
            String label = messages.get("operator.state." + t.state().name())
                    + (t.state() == OperatorState.PAUSED && t.reason() != null ? " — " + t.reason() : "");
            byState.computeIfAbsent(label, this::series).getData()
                    .add(new XYChart.Data<>(operator(r, t.operatorId()), t.time().toSeconds() / 60.0));
        }
        states.setData(FXCollections.observableArrayList(byState.values()));
    }

    /** The linked user's name, else "Operador 7" (the PBX id): never a bare number on the axis. */
    private String operator(StatsReport r, String operatorId) {
        String name = r.operatorName(operatorId);
        return name != null ? name : messages.get("stats.operator.unlinked", operatorId);
    }

    private XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private void title(javafx.scene.chart.Chart chart, String key, String id) {
        chart.setTitle(messages.get("stats.chart." + key));
        chart.setId(id);
        chart.getStyleClass().add("stats-chart");
    }
}

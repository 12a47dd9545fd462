package br.com.jttelecom.console.ui.stats;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.ui.stats.StatsCard.Goal;
import br.com.jttelecom.console.service.stats.StatsCards;
import br.com.jttelecom.console.service.stats.StatsChoice;
import br.com.jttelecom.console.service.stats.StatsExport;
import br.com.jttelecom.console.service.stats.StatsPeriod;
import br.com.jttelecom.console.service.stats.StatsPreset;
import br.com.jttelecom.console.service.stats.StatsReport;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stats tab: the period form, the cards of the chosen period and the report the charts draw.
 * One calculation runs at a time; a request while one runs is remembered and run after it, so a
 * burst of live updates costs at most one extra calculation.
 */
public final class StatsViewModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;
    private final Stats stats;
    private final StatsExport export;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<StatsScope> scope;
    private final Preferences preferences;
    private final StatsFormat format;

    private final ObjectProperty<StatsPreset> preset = new SimpleObjectProperty<>(StatsPreset.TODAY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatsReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StatsCard> cards = FXCollections.observableArrayList();
    // One wrapper, kept: an unmodifiable view listens to its source weakly, so a view made per call
    // (and the listeners put on it) could be collected while the page still shows.
    private final ObservableList<StatsCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private boolean pending;

    /** @param preferences where the chosen period is kept, so it comes back after a restart */
    public StatsViewModel(Messages messages, Stats stats, StatsExport export, TaskRunner tasks, Clock clock,
                          ZoneId zone, Supplier<StatsScope> scope, Preferences preferences) {
        this.messages = messages;
        this.stats = stats;
        this.export = export;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        this.scope = scope;
        this.preferences = preferences;
        this.format = new StatsFormat(messages);
        preferences.statsChoice().ifPresent(c -> {
            preset.set(c.preset());
            customFrom.set(c.from());
            customTo.set(c.to());
        });
        preset.addListener((o, a, b) -> changed(true));
        customFrom.addListener((o, a, b) -> changed(preset.get() == StatsPreset.CUSTOM));
        customTo.addListener((o, a, b) -> changed(preset.get() == StatsPreset.CUSTOM));
    }

    /** The form changed: remember it (in the background) and recalculate when the period really moved. */
    private void changed(boolean periodMoved) {
        StatsChoice choice = new StatsChoice(preset.get(), customFrom.get(), customTo.get());
        tasks.run(() -> {
            preferences.setStatsChoice(choice);
            return choice;
        }, saved -> { }, error -> status.set(messages.get("stats.period.notSaved")));
        if (periodMoved) {
            reload();
        }
    }

    /** The period the form describes now. */
    public StatsPeriod period() {
        return preset.get().period(LocalDate.now(clock.withZone(zone)), customFrom.get(), customTo.get(), zone);
    }

    /** Recalculates the chosen period (on the FX thread; the work runs in the background). */
    public void reload() {
        if (loading.get()) {
            pending = true;
            return;
        }
        loading.set(true);
        StatsPeriod period = period();
        StatsScope who = scope.get();
        tasks.run(() -> stats.report(period, who), this::show, e -> {
            status.set(messages.get("stats.failed", ErrorSentences.detail(e, messages)));
            done();
        });
    }

    /** New calls landed: recalculate, but only once the page has shown a report (nobody looks otherwise). */
    public void liveUpdate() {
        if (report.get() != null) {
            reload();
        }
    }

    private void show(StatsReport r) {
        report.set(r);
        cards.setAll(cardsOf(r));
        status.set(messages.get("stats.updated", LocalTime.now(clock.withZone(zone)).format(CLOCK)));
        done();
    }

    private void done() {
        loading.set(false);
        if (pending) {
            pending = false;
            reload();
        }
    }

    /** Writes the shown report to a CSV file; the result lands in {@link #statusProperty()}. */
    public void exportCsv(Path target) {
        StatsReport r = report.get();
        if (r == null) {
            return;
        }
        tasks.run(() -> {
            export.write(r, target);
            return target;
        }, p -> status.set(messages.get("stats.export.done", p.getFileName())),
                e -> status.set(messages.get("stats.export.failed", ErrorSentences.detail(e, messages))));
    }

    /** Writes a snapshot of the charts as PNG (the encoding runs in the background). */
    public void exportImage(javafx.scene.image.WritableImage image, Path target) {
        StatsReport r = report.get();
        if (r == null) {
            return;
        }
        tasks.run(() -> {
            ChartPng.Pixels px = ChartPng.pixels(image);
            export.writePng(px.width(), px.height(), px.argb(), r.period(), target);
            return target;
        }, p -> status.set(messages.get("stats.export.done", p.getFileName())),
                e -> status.set(messages.get("stats.export.failed", ErrorSentences.detail(e, messages))));
    }

    List<StatsCard> cardsOf(StatsReport r) {
        StatsCards c = r.current();
        StatsCards p = r.previous();
        List<StatsCard> out = new ArrayList<>();
        // Volume, durations and occupancy are neither good nor bad by themselves (a longer call may be a better
        // one; an occupancy near 100 % burns agents out): only their change is shown, without a colour.
        out.add(count("total", Goal.NEITHER, c.total(), p.total()));
        out.add(count("answered", Goal.HIGHER, c.answered(), p.answered()));
        out.add(count("missed", Goal.LOWER, c.missed(), p.missed()));
        out.add(count("busy", Goal.LOWER, c.busy(), p.busy()));
        out.add(count("failed", Goal.LOWER, c.failed(), p.failed()));
        out.add(rate("answerRate", Goal.HIGHER, c.answerRate(), p.answerRate()));
        out.add(time("avgDuration", Goal.NEITHER, c.avgDuration(), p.avgDuration()));
        out.add(time("tma", Goal.NEITHER, c.tma(), p.tma()));
        out.add(time("tme", Goal.LOWER, c.tme(), p.tme()));
        out.add(rate("abandonRate", Goal.LOWER, c.abandonRate(), p.abandonRate()));
        out.add(rate("serviceLevel", Goal.HIGHER, c.serviceLevel(), p.serviceLevel()));
        out.add(rate("occupancy", Goal.NEITHER, c.occupancy(), p.occupancy()));
        out.add(time("talkTime", Goal.NEITHER, c.talkTime(), p.talkTime()));
        return out;
    }

    private StatsCard count(String key, Goal goal, long now, long before) {
        return card(key, goal, format.count(now), StatsCards.change(now, before));
    }

    private StatsCard rate(String key, Goal goal, Double now, Double before) {
        Double points = now == null || before == null ? null : now - before;
        return card(key, goal, format.rate(now), points, format.pointsChange(points));
    }

    private StatsCard time(String key, Goal goal, Duration now, Duration before) {
        return card(key, goal, format.duration(now), StatsCards.change(now, before));
    }

    private StatsCard card(String key, Goal goal, String value, Double change) {
        return card(key, goal, value, change, format.change(change));
    }

    private StatsCard card(String key, Goal goal, String value, Double change, String comparison) {
        Boolean rising = change == null || Math.abs(change) < 0.0005 ? null : change > 0;
        return new StatsCard(key, messages.get("stats.card." + key), value, comparison, rising, goal.judge(rising));
    }

    /**
     * The export's file name carries the period it holds ("estatisticas_2026-12-01_a_2026-12-07.csv"), so two
     * exports of different weeks do not overwrite each other by default. The last day is the period's last whole day.
     */
    public String suggestedFileName(String base, String extension) {
        StatsReport r = report.get();
        if (r == null) {
            return base + "." + extension;
        }
        java.time.LocalDate first = r.period().from().atZone(zone).toLocalDate();
        java.time.LocalDate last = r.period().to().minusNanos(1).atZone(zone).toLocalDate();
        String days = first.equals(last) ? first.toString() : first + messages.get("stats.export.fileRange") + last;
        return base + "_" + days + "." + extension;
    }

    public ObjectProperty<StatsPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<StatsCard> cards() {
        return readOnlyCards;
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}

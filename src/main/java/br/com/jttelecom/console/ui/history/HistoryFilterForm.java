package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.ui.Durations;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * The history filters as editable properties, shared by the local and the "Direto do PABX" tabs.
 * Typed text that does not parse (a letter in the lead id) is ignored rather than refused: the
 * filter then simply does not narrow by it.
 */
public final class HistoryFilterForm {

    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.LAST_7_DAYS);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObservableList<CallStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<Direction> directions = FXCollections.observableArrayList();
    private final ObjectProperty<Long> agentId = new SimpleObjectProperty<>();
    private final StringProperty extension = new SimpleStringProperty("");
    private final ObjectProperty<Long> leadId = new SimpleObjectProperty<>();
    /** The lead's name as shown in its field; typing in it lets go of the lead picked before. */
    private final StringProperty leadText = new SimpleStringProperty("");
    private String pickedLeadName;
    private final StringProperty minDuration = new SimpleStringProperty("");
    private final StringProperty maxDuration = new SimpleStringProperty("");
    private final StringProperty notesText = new SimpleStringProperty("");

    public HistoryFilter toFilter() {
        return new HistoryFilter(preset.get(), customFrom.get(), customTo.get(), Set.copyOf(statuses),
                Set.copyOf(directions), agentId.get(), extension.get(), leadId.get(),
                duration(minDuration.get()), duration(maxDuration.get()), notesText.get());
    }

    public void show(HistoryFilter f) {
        preset.set(f.preset());
        customFrom.set(f.customFrom());
        customTo.set(f.customTo());
        statuses.setAll(f.statuses().stream().sorted().toList());
        directions.setAll(f.directions().stream().sorted().toList());
        agentId.set(f.userId());
        extension.set(f.extension() == null ? "" : f.extension());
        pickLead(f.leadId(), f.leadId() == null ? "" : "nº " + f.leadId()); // the name follows once read
        minDuration.set(f.minDuration() == null ? "" : Durations.format(f.minDuration()));
        maxDuration.set(f.maxDuration() == null ? "" : Durations.format(f.maxDuration()));
        notesText.set(f.notesText() == null ? "" : f.notesText());
    }

    /** The lead the history is narrowed to, with the name its field shows ({@code null}: any lead). */
    public void pickLead(Long id, String name) {
        pickedLeadName = id == null ? null : name;
        leadText.set(name == null ? "" : name);
        leadId.set(id);
    }

    /** Whether a name is typed in the lead field that is not a lead picked from the list. */
    public boolean leadTypedNotPicked() {
        return leadId.get() == null && !leadText.get().isBlank();
    }

    /** Every filter open again, over the last seven days (what "Limpar filtros" does). */
    public void clear() {
        show(HistoryFilter.defaults());
    }

    {
        // Editing the name of a picked lead means another lead (or none) is wanted: the old id must not stay.
        leadText.addListener((obs, old, now) -> {
            if (leadId.get() != null && !now.equals(pickedLeadName)) {
                leadId.set(null);
                pickedLeadName = null;
            }
        });
    }

    static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Seconds ({@code 90}), {@code m:ss} ({@code 1:30}) or {@code h:mm:ss}. */
    static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long seconds = 0;
        for (String part : text.strip().split(":")) {
            Long n = number(part);
            if (n == null || n < 0) {
                return null;
            }
            seconds = seconds * 60 + n;
        }
        return Duration.ofSeconds(seconds);
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ObservableList<CallStatus> statuses() {
        return statuses;
    }

    public ObservableList<Direction> directions() {
        return directions;
    }

    public ObjectProperty<Long> agentIdProperty() {
        return agentId;
    }

    public StringProperty extensionProperty() {
        return extension;
    }

    public ObjectProperty<Long> leadIdProperty() {
        return leadId;
    }

    public StringProperty leadTextProperty() {
        return leadText;
    }

    public StringProperty minDurationProperty() {
        return minDuration;
    }

    public StringProperty maxDurationProperty() {
        return maxDuration;
    }

    public StringProperty notesTextProperty() {
        return notesText;
    }
}

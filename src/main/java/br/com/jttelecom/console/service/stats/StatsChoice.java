package br.com.jttelecom.console.service.stats;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period last chosen on the stats page, kept in the person's preferences so it comes back after a restart:
 * {@code LAST_7_DAYS}, or {@code CUSTOM;2026-01-02;2026-01-09}. A preset is kept as a preset, so "hoje" means the
 * new day tomorrow.
 */
public record StatsChoice(StatsPreset preset, LocalDate from, LocalDate to) {

    public String encode() {
        return preset == StatsPreset.CUSTOM ? preset.name() + ";" + text(from) + ";" + text(to) : preset.name();
    }

    /** Empty for anything this version did not write (an edited or older file): the page starts on "hoje". */
    public static Optional<StatsChoice> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(";", -1);
        try {
            StatsPreset preset = StatsPreset.valueOf(parts[0]);
            if (preset != StatsPreset.CUSTOM) {
                return Optional.of(new StatsChoice(preset, null, null));
            }
            return Optional.of(new StatsChoice(preset, date(parts, 1), date(parts, 2)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static LocalDate date(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? LocalDate.parse(parts[i]) : null;
    }
}

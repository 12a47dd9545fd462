package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.service.history.PeriodPreset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A stats period {@code [from, to)}; {@link #previous()} is the one of the same length just before it. */
public record StatsPeriod(Instant from, Instant to) {

    public StatsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
    }

    /** Whole local days, first and last inclusive. */
    public static StatsPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        return new StatsPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static StatsPeriod of(PeriodPreset.DateRange range, ZoneId zone) {
        return days(range.from(), range.to(), zone);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public StatsPeriod previous() {
        return new StatsPeriod(from.minus(length()), from);
    }
}

package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.PeriodPreset;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters of {@code GET /calls} and {@code /stats} as a {@link HistoryFilter}: {@code period}
 * (today, yesterday, last_7_days, month, custom with {@code from}/{@code to}), {@code status},
 * {@code direction} (comma lists), {@code user}, {@code extension}, {@code lead}. An agent only ever
 * gets their own calls, whatever {@code user} says.
 */
final class CallQuery {

    private CallQuery() {
    }

    static HistoryFilter filter(Context ctx, ConsoleUser caller, Messages messages) {
        PeriodPreset preset = period(ctx.queryParam("period"), messages);
        LocalDate from = date(ctx.queryParam("from"), messages);
        LocalDate to = date(ctx.queryParam("to"), messages);
        if (from != null || to != null) {
            preset = PeriodPreset.CUSTOM;
        }
        Set<CallStatus> statuses = EnumSet.noneOf(CallStatus.class);
        for (String s : list(ctx.queryParam("status"))) {
            try {
                statuses.add(CallStatus.fromCode(s));
            } catch (IllegalArgumentException e) {
                throw bad(messages, "api.calls.badStatus");
            }
        }
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        for (String d : list(ctx.queryParam("direction"))) {
            try {
                directions.add(Direction.fromCode(d));
            } catch (IllegalArgumentException e) {
                throw bad(messages, "api.calls.badDirection");
            }
        }
        Long user = longParam(ctx, "user", messages);
        if (caller.role() == Role.AGENT) {
            user = caller.id();
        }
        return new HistoryFilter(preset, from, to, statuses, directions, user, ctx.queryParam("extension"),
                longParam(ctx, "lead", messages), null, null, null);
    }

    static int limit(Context ctx, Messages messages) {
        Long limit = longParam(ctx, "limit", messages);
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > 500) {
            throw bad(messages, "api.calls.badLimit");
        }
        return limit.intValue();
    }

    private static PeriodPreset period(String raw, Messages messages) {
        if (raw == null || raw.isBlank()) {
            return PeriodPreset.LAST_7_DAYS;
        }
        try {
            return PeriodPreset.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(messages, "api.calls.badPeriod");
        }
    }

    private static LocalDate date(String raw, Messages messages) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (RuntimeException e) {
            throw bad(messages, "api.calls.badDate");
        }
    }

    static Long longParam(Context ctx, String name, Messages messages) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_input", messages.get("api.error.notNumber", name));
        }
    }

    private static java.util.List<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static ApiException bad(Messages messages, String key) {
        return new ApiException(400, "invalid_input", messages.get(key));
    }
}

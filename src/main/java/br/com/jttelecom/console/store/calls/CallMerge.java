package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How a new report of a call (poll, history record, webhook) combines with the stored row.
 *
 * <ul>
 *   <li>Status never moves back: a report saying {@code in_progress} about a call already final is
 *       stale, and may only fill fields the row lacks. A later final status replaces an earlier one
 *       (a webhook's "missed" may be corrected by the history's "completed").</li>
 *   <li>PBX fields (number, times, duration, recording, sip code, transcript, …): the newer report
 *       wins where it has a value; a missing value never erases a stored one.</li>
 *   <li>Console fields (lead, opportunity, user, notes, outcome) belong to the agent: once set, a
 *       sync never overwrites them.</li>
 * </ul>
 */
final class CallMerge {

    private CallMerge() {
    }

    static Call merge(Call stored, Call report) {
        boolean stale = stored.status().isFinal() && (report.status() == null || !report.status().isFinal());
        CallStatus status = stale || report.status() == null ? stored.status() : report.status();
        return new Call(
                stored.id(),
                keep(stored.leadId(), report.leadId()),
                keep(stored.opportunityId(), report.opportunityId()),
                keep(stored.userId(), report.userId()),
                pbx(stale, stored.phoneNumber(), report.phoneNumber()),
                pbx(stale, stored.direction(), report.direction()),
                pbx(stale, stored.duration(), seconds(report.duration())),
                status,
                pbx(stale, stored.startTime(), micros(report.startTime())),
                pbx(stale, stored.endTime(), micros(report.endTime())),
                pbx(stale, stored.recordingUrl(), report.recordingUrl()),
                keep(stored.externalCallId(), report.externalCallId()),
                keep(stored.notes(), report.notes()),
                pbx(stale, stored.extension(), report.extension()),
                pbx(stale, stored.operator(), report.operator()),
                pbx(stale, stored.waitTime(), seconds(report.waitTime())),
                pbx(stale, stored.talkTime(), seconds(report.talkTime())),
                pbx(stale, stored.hangupReason(), report.hangupReason()),
                pbx(stale, stored.sipCode(), report.sipCode()),
                pbx(stale, stored.transcript(), report.transcript()),
                pbx(stale, stored.summary(), report.summary()),
                keep(stored.outcome(), report.outcome()),
                pbx(stale, stored.rawStatus(), report.rawStatus()));
    }

    /** The call as the database will hold it (microsecond instants, whole seconds), so merges compare equal. */
    static Call normalise(Call c) {
        return new Call(c.id(), c.leadId(), c.opportunityId(), c.userId(), c.phoneNumber(), c.direction(),
                seconds(c.duration()), c.status(), micros(c.startTime()), micros(c.endTime()), c.recordingUrl(),
                c.externalCallId(), c.notes(), c.extension(), c.operator(), seconds(c.waitTime()),
                seconds(c.talkTime()), c.hangupReason(), c.sipCode(), c.transcript(), c.summary(), c.outcome(),
                c.rawStatus());
    }

    /** A report of a call not stored yet, as its new row: normalised, and without an id (it names no row yet). */
    static Call newRow(Call report) {
        return withId(normalise(report), null);
    }

    /** The same call under another id: the row just inserted, or a report made a new row. */
    static Call withId(Call c, Long id) {
        return new Call(id, c.leadId(), c.opportunityId(), c.userId(), c.phoneNumber(), c.direction(), c.duration(),
                c.status(), c.startTime(), c.endTime(), c.recordingUrl(), c.externalCallId(), c.notes(), c.extension(),
                c.operator(), c.waitTime(), c.talkTime(), c.hangupReason(), c.sipCode(), c.transcript(), c.summary(),
                c.outcome(), c.rawStatus());
    }

    private static <T> T keep(T stored, T report) {
        return stored != null ? stored : report;
    }

    private static <T> T pbx(boolean stale, T stored, T report) {
        if (stale) {
            return keep(stored, report);
        }
        return report != null ? report : stored;
    }

    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }

    private static Duration seconds(Duration d) {
        return d == null ? null : Duration.ofSeconds(d.toSeconds());
    }
}

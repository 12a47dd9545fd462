package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The seed module's {@code Call} and {@code CallLog} JSON shapes (snake_case), plus the console's extras. */
final class CallJson {

    private CallJson() {
    }

    static Map<String, Object> call(Call c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("lead_id", c.leadId());
        m.put("opportunity_id", c.opportunityId());
        m.put("user_id", c.userId());
        m.put("phone_number", c.phoneNumber());
        m.put("direction", c.direction() == null ? null : c.direction().code());
        m.put("duration", seconds(c.duration()));
        m.put("status", c.status() == null ? null : c.status().code());
        m.put("start_time", time(c.startTime()));
        m.put("end_time", time(c.endTime()));
        m.put("recording_url", c.recordingUrl());
        m.put("external_call_id", c.externalCallId());
        m.put("notes", c.notes());
        m.put("extension", c.extension());
        m.put("operator", c.operator());
        m.put("outcome", c.outcome() == null ? null : c.outcome().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    static Map<String, Object> event(CallEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("call_id", e.callId());
        m.put("event_type", e.eventType());
        m.put("event_data", e.eventData());
        m.put("timestamp", time(e.timestamp()));
        return m;
    }

    static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}

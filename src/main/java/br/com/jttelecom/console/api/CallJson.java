package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallTimes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The seed module's {@code Call} and {@code CallLog} JSON shapes (snake_case), plus the console's extras. */
final class CallJson {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        // duration stays the seed's end − start; talk and wait beside it, so a CRM's TMA reads the talk.
        CallTimes times = CallTimes.of(c);
        m.put("duration", times.totalSeconds());
        m.put("talk_seconds", times.talkSeconds());
        m.put("wait_seconds", times.waitSeconds());
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
        m.put("event_data", eventData(e.eventData()));
        m.put("timestamp", time(e.timestamp()));
        return m;
    }

    /**
     * The seed's {@code event_data} is an object: the stored JSON text as one, {@code {}} when there is none,
     * and text that is not a JSON object (older rows, a PBX's plain sentence) kept whole under {@code raw}.
     */
    static JsonNode eventData(String stored) {
        if (stored == null || stored.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(stored);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // not JSON: kept as text below
        }
        ObjectNode raw = JSON.createObjectNode();
        raw.put("raw", stored);
        return raw;
    }

    /** ISO-8601 in UTC to the second, as the seed writes it ({@code 2024-12-23T10:00:00Z}). */
    static String time(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}

package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Reads an end-of-call webhook into a call report: the original module's body
 * ({@code call_id, status, duration, recording_url}) or the PBX's own template ({@code callid,
 * data, timestamp, duracao, origem, destino, direcao, gravacao}). Every refusal is an
 * {@link ApiException} 400 with the reason, never anything else.
 */
final class WebhookBody {

    private static final DateTimeFormatter PBX_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** The PBX's {@code tenant-extension} form of an extension ({@code odin-202}); extensions are short. */
    private static final java.util.regex.Pattern TENANT_EXTENSION =
            java.util.regex.Pattern.compile("[A-Za-z][^\\s-]*(?:-[^\\s-]+)*-(\\d{1,10})");
    /** A second object or text after the first is not one webhook: refused, not half-read. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Messages messages;
    private final URI pbxBase;
    private final ZoneId zone;

    WebhookBody(Messages messages, URI pbxBase, ZoneId zone) {
        this.messages = messages;
        this.pbxBase = pbxBase;
        this.zone = zone;
    }

    Call parse(String body) {
        JsonNode root = read(body);
        if (!root.isObject()) {
            throw bad("api.webhook.notObject");
        }
        String id = text(root, "call_id", "callid", "chamada_id");
        if (id == null) {
            throw bad("api.webhook.noCallId");
        }
        if (id.length() > Call.MAX_EXTERNAL_ID_LENGTH) {
            throw new ApiException(400, "invalid_webhook",
                    messages.get("api.webhook.callIdTooLong", Call.MAX_EXTERNAL_ID_LENGTH));
        }
        Duration duration = duration(text(root, "duration", "duracao"));
        CallStatus status = status(text(root, "status"), duration);
        Direction direction = direction(text(root, "direcao", "direction"));
        Instant start = start(root);
        String recording = recording(text(root, "recording_url", "gravacao"));
        String phone = direction == Direction.INBOUND ? text(root, "origem") : text(root, "destino");
        // The agent's side names the extension (odin-202): its DDD is the one a local number lacks.
        String extension = extension(direction == Direction.INBOUND ? text(root, "destino") : text(root, "origem"));
        Instant end = start == null || duration == null ? null : start.plus(duration);
        return new Call(null, null, null, null, phone, direction, duration, status, start, end, recording, id, null,
                extension, null, null, null, null, null, null, null, null, null);
    }

    /** {@code odin-202} → {@code 202}; anything else (a number, a queue) names no extension. */
    private static String extension(String side) {
        if (side == null) {
            return null;
        }
        java.util.regex.Matcher m = TENANT_EXTENSION.matcher(side);
        return m.matches() ? m.group(1) : null;
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw bad("api.webhook.empty");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException first) {
            try {
                return json.readTree(JsonRepair.repair(body));
            } catch (JsonProcessingException e) {
                throw bad("api.webhook.invalidJson");
            }
        }
    }

    private static String text(JsonNode root, String... names) {
        for (String name : names) {
            JsonNode n = root.get(name);
            // trim() also drops control characters (a repaired raw one, an escaped NUL), which isBlank() keeps:
            // a value of only those is no value, never an empty id that reaches the store.
            String value = n != null && !n.isNull() && n.isValueNode() ? n.asText().trim() : "";
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** {@code HH:MM:SS}, {@code MM:SS} or whole seconds. */
    private Duration duration(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(raw));
        }
        if (raw.matches("\\d{1,3}:\\d{2}(:\\d{2})?")) {
            String[] p = raw.split(":");
            long s = 0;
            for (String part : p) {
                s = s * 60 + Long.parseLong(part);
            }
            return Duration.ofSeconds(s);
        }
        throw bad("api.webhook.badDuration");
    }

    private CallStatus status(String raw, Duration duration) {
        if (raw == null) {
            // The PBX's template has no status: a call with talk time was answered.
            return duration != null && !duration.isZero() ? CallStatus.COMPLETED : CallStatus.MISSED;
        }
        try {
            CallStatus s = CallStatus.fromCode(raw.toLowerCase(Locale.ROOT));
            if (!s.isFinal()) {
                throw bad("api.webhook.notFinal");
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw bad("api.webhook.badStatus");
        }
    }

    private Direction direction(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "entrada", "inbound", "recebida" -> Direction.INBOUND;
            case "saida", "saída", "outbound", "realizada" -> Direction.OUTBOUND;
            default -> throw bad("api.webhook.badDirection");
        };
    }

    private Instant start(JsonNode root) {
        String ts = text(root, "timestamp");
        if (ts != null && ts.matches("\\d{9,11}")) {
            return Instant.ofEpochSecond(Long.parseLong(ts));
        }
        String date = text(root, "data");
        if (date != null) {
            try {
                return LocalDateTime.parse(date, PBX_DATE).atZone(zone).toInstant();
            } catch (RuntimeException e) {
                throw bad("api.webhook.badDate");
            }
        }
        return null;
    }

    /** The PBX often sends {@code download_audio.php?t=…}, relative to its {@code /suite/} folder. */
    private String recording(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            URI uri = URI.create(raw);
            if (uri.isAbsolute()) {
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http")) {
                    throw bad("api.webhook.badRecording");
                }
                return uri.toString();
            }
            return pbxBase.resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            throw bad("api.webhook.badRecording");
        }
    }

    private ApiException bad(String key) {
        return new ApiException(400, "invalid_webhook", messages.get(key));
    }
}

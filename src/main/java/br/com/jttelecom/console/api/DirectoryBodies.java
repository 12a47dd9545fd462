package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.directory.DidForm;
import br.com.jttelecom.console.service.directory.ExtensionFlags;
import br.com.jttelecom.console.service.directory.ExtensionForm;
import br.com.jttelecom.console.service.directory.ForwardRule;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON bodies of {@code /extensions} and {@code /dids}: every field the Ramais and DIDs forms have, under
 * snake_case names, so a script can do what an admin does in the window. Absent options are off and absent
 * forwarding rules keep what the PBX has; the services validate the values.
 */
final class DirectoryBodies {

    private DirectoryBodies() {
    }

    static ExtensionForm extension(JsonNode b, Messages messages) {
        ExtensionFlags flags = new ExtensionFlags(JsonBodies.flag(b, "pick_up_calls"), JsonBodies.flag(b, "timers"),
                JsonBodies.flag(b, "blf"), JsonBodies.flag(b, "listen_in"), JsonBodies.flag(b, "records_calls"),
                JsonBodies.flag(b, "blocked"), JsonBodies.flag(b, "two_factor"), JsonBodies.flag(b, "voicemail"));
        return new ExtensionForm(JsonBodies.text(b, "number"), JsonBodies.text(b, "name"), JsonBodies.text(b, "type"),
                JsonBodies.text(b, "sip_password"), JsonBodies.text(b, "external_caller_id"),
                JsonBodies.text(b, "area_code"), JsonBodies.text(b, "extension_group"),
                JsonBodies.text(b, "cost_center"), JsonBodies.text(b, "dial_plan_id"), flags,
                JsonBodies.text(b, "voicemail_email"), forward(b, "forward_all", messages),
                forward(b, "forward_offline", messages), forward(b, "forward_busy", messages));
    }

    static DidForm did(JsonNode b) {
        return new DidForm(JsonBodies.text(b, "number"), JsonBodies.text(b, "points_to"),
                JsonBodies.text(b, "destination"), JsonBodies.flag(b, "records_calls"),
                JsonBodies.text(b, "max_concurrent_calls"), JsonBodies.flag(b, "registration"),
                JsonBodies.text(b, "registration_domain"), JsonBodies.text(b, "registration_user"),
                JsonBodies.text(b, "registration_password"), JsonBodies.flag(b, "business_hours"),
                JsonBodies.text(b, "opens_at"), JsonBodies.text(b, "closes_at"), JsonBodies.text(b, "week_days"),
                JsonBodies.text(b, "holidays"));
    }

    /** {@code {"type": "8", "destination": "4833334444"}}; absent or null keeps the PBX's rule. */
    private static ForwardRule forward(JsonNode b, String name, Messages messages) {
        JsonNode rule = b.get(name);
        if (rule == null || rule.isNull()) {
            return ForwardRule.KEEP;
        }
        if (!rule.isObject()) {
            throw new ApiException(400, "invalid_input", messages.get("api.error.notObject", name));
        }
        String type = JsonBodies.text(rule, "type");
        String destination = JsonBodies.text(rule, "destination");
        return new ForwardRule(type == null ? "" : type, destination == null ? "" : destination);
    }
}

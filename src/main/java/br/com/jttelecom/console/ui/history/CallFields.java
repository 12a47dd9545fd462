package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.ui.CallTimesText;

import java.util.ArrayList;
import java.util.List;

/** Every field of a call as label/value pairs for the detail panel; empty values are left out. */
final class CallFields {

    private CallFields() {
    }

    /** @param leadName the lead's name, shown with its id; {@code null}: the id alone */
    static List<CallDetailViewModel.Field> of(Call c, String leadName, CallTexts t, Messages m) {
        List<CallDetailViewModel.Field> out = new ArrayList<>();
        add(out, m, "id", c.id());
        add(out, m, "externalId", c.externalCallId());
        add(out, m, "start", t.dateTime(c.startTime()));
        add(out, m, "end", t.dateTime(c.endTime()));
        add(out, m, "direction", t.direction(c.direction()));
        add(out, m, "number", t.number(c.phoneNumber()));
        add(out, m, "status", t.status(c.status()));
        add(out, m, "rawStatus", c.rawStatus());
        // Talk, wait and total as the lead card and the call panel show them; an unknown one says so.
        for (CallTimesText.Figure f : new CallTimesText(m).figures(CallTimes.of(c))) {
            out.add(new CallDetailViewModel.Field(f.label(), f.value()));
        }
        add(out, m, "operator", c.operator());
        add(out, m, "extension", c.extension());
        add(out, m, "user", c.userId());
        add(out, m, "lead", c.leadId() == null ? null : leadName == null ? c.leadId() : leadName + " (nº " + c.leadId() + ")");
        add(out, m, "opportunity", c.opportunityId());
        add(out, m, "hangup", c.hangupReason());
        add(out, m, "sip", c.sipCode());
        add(out, m, "outcome", t.outcome(c.outcome()));
        add(out, m, "recording", c.recordingUrl());
        return out;
    }

    private static void add(List<CallDetailViewModel.Field> out, Messages m, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            out.add(new CallDetailViewModel.Field(m.get("history.field." + key), value.toString()));
        }
    }
}

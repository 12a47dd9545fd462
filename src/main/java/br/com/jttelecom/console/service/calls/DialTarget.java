package br.com.jttelecom.console.service.calls;

import java.util.Map;

/**
 * Who to dial: a number as typed or stored, the lead/opportunity it belongs to (both may be null), and the
 * caller's own PBX variables (the local API's {@code variaveis}; empty from the window).
 */
public record DialTarget(String number, Long leadId, String leadName, Long opportunityId, Map<String, String> variables) {

    public DialTarget {
        variables = variables == null ? Map.of() : variables;
    }

    public DialTarget(String number, Long leadId, String leadName, Long opportunityId) {
        this(number, leadId, leadName, opportunityId, Map.of());
    }

    public static DialTarget number(String raw) {
        return new DialTarget(raw, null, null, null);
    }
}

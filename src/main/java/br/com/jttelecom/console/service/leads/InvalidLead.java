package br.com.jttelecom.console.service.leads;

import java.util.EnumMap;
import java.util.Map;

/** The lead form had errors: one sentence per wrong field, in the console's language. Nothing was saved. */
public final class InvalidLead extends RuntimeException {

    private final Map<LeadField, String> problems;

    public InvalidLead(Map<LeadField, String> problems) {
        super("invalid lead: " + problems.keySet());
        this.problems = Map.copyOf(new EnumMap<>(problems));
    }

    public Map<LeadField, String> problems() {
        return problems;
    }
}

package br.com.jttelecom.console.service;

/** Who to dial: a number as typed or stored, and the lead/opportunity it belongs to (both may be null). */
public record DialTarget(String number, Long leadId, String leadName, Long opportunityId) {

    public static DialTarget number(String raw) {
        return new DialTarget(raw, null, null, null);
    }
}

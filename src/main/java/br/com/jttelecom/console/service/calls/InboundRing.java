package br.com.jttelecom.console.service.calls;

/** An inbound call ringing the agent: the caller's number and the lead it matched, if any. */
public record InboundRing(long callId, String number, String displayNumber, Long leadId, String leadName) {

    public boolean knownLead() {
        return leadId != null;
    }
}

package br.com.jttelecom.console.service.calls;

/** What the tracker tells the UI; called on a background thread (the UI hops to its own). */
public interface CallListener {

    void callChanged(TrackedCall call);

    /** An inbound call rings the agent's extension; {@code leadId}/{@code leadName} null when unknown. */
    default void inboundRinging(InboundRing ring) {
    }
}

package br.com.jttelecom.console.service.calls;

/**
 * Where a followed call is, in the only order it may move: a phase never goes back to an earlier one.
 * {@link #eventType()} is the {@code call_event} written on entering it.
 */
public enum CallPhase {
    DIALING("dialing"),
    RINGING_EXTENSION("ringing_extension"),
    RINGING_CUSTOMER("ringing_customer"),
    TALKING("answered"),
    ENDED("ended"),
    FINAL("final");

    private final String eventType;

    CallPhase(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }

    public boolean isLive() {
        return this.compareTo(ENDED) < 0;
    }

    /** The phase of an online call's state text ({@code chamando_ramal}, {@code chamando}, {@code em_conversa}, …). */
    public static CallPhase fromOnlineState(String state) {
        String s = state == null ? "" : state.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.contains("conversa") || s.contains("atendid") || s.contains("falando")) {
            return TALKING;
        }
        if (s.contains("ramal") || s.contains("fila")) {
            return RINGING_EXTENSION;
        }
        if (s.contains("chamando") || s.contains("tocando") || s.contains("discando")) {
            return RINGING_CUSTOMER;
        }
        return RINGING_EXTENSION;
    }
}

package br.com.jttelecom.console.service.calls;

/**
 * Where the leads page sends "Ligar". Implemented by the click-to-call service, which validates,
 * records the call and dials; the leads page only asks. When the console has no implementation,
 * the call buttons are disabled rather than pretending to dial.
 */
public interface DialRequests {

    /**
     * Asks to dial one phone of a lead. Returns at once; the implementation must run the PBX
     * request off the caller's thread and must ignore a repeat while the first is in flight.
     *
     * @param leadId        the lead being called
     * @param e164          the number, E.164, one of the lead's phones
     * @param opportunityId the opportunity the call is about, or {@code null}
     */
    void requestDial(long leadId, String e164, Long opportunityId);
}

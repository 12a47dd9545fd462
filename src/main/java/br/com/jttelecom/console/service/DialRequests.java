package br.com.jttelecom.console.service;

/** What the leads screen calls to dial a lead's phone; implemented by {@link ClickToCall}. */
public interface DialRequests {
    void requestDial(long leadId, String e164, Long opportunityId);
}

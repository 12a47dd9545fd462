package br.com.jttelecom.console.service;

public interface DialRequests {
    void requestDial(long leadId, String e164, Long opportunityId);
}

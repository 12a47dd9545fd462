package br.com.jttelecom.console.model;

/** A DID (external number) of the account and where it points. No registration password here, by design. */
public record Did(
        String pbxId,
        String number,
        String pointsTo,
        String destination,
        boolean recordsCalls,
        Integer maxConcurrentCalls) {
}

package br.com.jttelecom.console.model;

/**
 * A PBX extension (ramal) as the console shows it. Deliberately has no SIP or web password: those
 * stay in the PBX wire record and are never shown, stored or exported.
 */
public record Extension(
        String pbxId,
        String number,
        String name,
        String sipLogin,
        String externalCallerId,
        String areaCode,
        boolean recordsCalls,
        boolean blocked) {
}

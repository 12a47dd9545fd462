package br.com.jttelecom.console.service.directory;

/**
 * The on/off options of an extension, as {@code inserir_ramal} / {@code alterar_ramal} take them
 * (0/1 integers on the wire).
 */
public record ExtensionFlags(boolean pickUpCalls, boolean timers, boolean blf, boolean listenIn, boolean recordsCalls,
                             boolean blocked, boolean twoFactor, boolean voicemail) {

    /** Only recording and blocking set, the rest off (the older, shorter form). */
    public static ExtensionFlags of(boolean recordsCalls, boolean blocked) {
        return new ExtensionFlags(false, false, false, false, recordsCalls, blocked, false, false);
    }
}

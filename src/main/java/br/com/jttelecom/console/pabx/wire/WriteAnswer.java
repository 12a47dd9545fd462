package br.com.jttelecom.console.pabx.wire;

/**
 * What a write or dial answered once it succeeded: the PBX's message, the new {@code id} of an insert,
 * the {@code chamada_id} of a dial (may be absent).
 */
public record WriteAnswer(int code, String mensagem, String id, String chamadaId) {

    public boolean hasCallId() {
        return chamadaId != null && !chamadaId.isBlank();
    }
}

package br.com.jttelecom.console.service;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

/** A live PBX query failed: the client's own sentence, or "not connected" when there is no PBX client. */
public final class PbxQueryFailed extends RuntimeException implements Localized {

    private final Localized sentence;

    public PbxQueryFailed(br.com.jttelecom.console.pabx.PabxException cause) {
        super(cause.getMessage(), cause);
        this.sentence = cause;
    }

    /** No PBX client: the console has no account to ask. */
    public static PbxQueryFailed notConnected() {
        return new PbxQueryFailed(Sentence.of("history.live.noClient"));
    }

    private PbxQueryFailed(Sentence sentence) {
        super(sentence.in(Messages.portuguese()));
        this.sentence = sentence;
    }

    @Override
    public String in(Messages messages) {
        return sentence.in(messages);
    }
}

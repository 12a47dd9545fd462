package br.com.jttelecom.console.pabx;

/**
 * Every action of {@code suite/api} the client speaks, with its kind: reads may be retried, writes and
 * dials never (a repeated insert makes two extensions, a repeated dial rings the customer twice).
 */
public enum PabxAction {
    LISTAR_HISTORICO_CHAMADA(Kind.READ),
    LISTAR_CHAMADAS_ONLINE(Kind.READ),
    DISCAR_NUMERO(Kind.DIAL),
    DISCAR_CAMPANHA(Kind.DIAL),
    LISTAR_RAMAIS(Kind.READ),
    INSERIR_RAMAL(Kind.WRITE),
    ALTERAR_RAMAL(Kind.WRITE),
    DELETAR_RAMAL(Kind.WRITE),
    LISTAR_DIDS(Kind.READ),
    INSERIR_DID(Kind.WRITE),
    ALTERAR_DID(Kind.WRITE),
    DELETAR_DID(Kind.WRITE),
    LISTAR_PESSOAS(Kind.READ),
    LOGIN_OPERADOR(Kind.WRITE),
    LOGOUT_OPERADOR(Kind.WRITE),
    PAUSAR_OPERADOR(Kind.WRITE),
    DESPAUSAR_OPERADOR(Kind.WRITE),
    LISTAR_CAMPANHAS(Kind.READ),
    LISTAR_TRONCO(Kind.READ),
    LISTAR_REGIOES(Kind.READ),
    LISTAR_PLANOS_DISCAGEM(Kind.READ),
    LISTAR_FLUXOS_INTEGRACAO(Kind.READ);

    public enum Kind { READ, WRITE, DIAL }

    private final Kind kind;
    private final String wireName;

    PabxAction(Kind kind) {
        this.kind = kind;
        this.wireName = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The action as the PBX spells it: the last path segment, or {@code acao} in legacy mode. */
    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRead() {
        return kind == Kind.READ;
    }
}

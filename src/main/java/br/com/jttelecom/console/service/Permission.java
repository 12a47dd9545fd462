package br.com.jttelecom.console.service;

/** What a service call may need; {@link Permissions} decides which role has what. */
public enum Permission {
    CHANGE_EXTENSIONS("alterar ramais"),
    CHANGE_DIDS("alterar DIDs"),
    CHANGE_USERS("alterar usuários"),
    CHANGE_SETTINGS("alterar as configurações"),
    CHANGE_PAUSE_REASONS("alterar os motivos de pausa"),
    CHANGE_DISPOSITIONS("alterar os resultados de chamada e o pós-atendimento"),
    LINK_OPERATORS("vincular operadores"),
    VIEW_AUDIT("ver a trilha de auditoria"),
    VIEW_LIVE_BOARD("ver o painel ao vivo dos operadores");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** pt-BR verb phrase used in the refusal sentence. */
    public String description() {
        return description;
    }
}

package br.com.jttelecom.console.sim;

/** A refusal the simulator answers inside the PBX envelope: {@code http_response_code} + {@code mensagem}. */
final class SimError extends RuntimeException {

    private final int code;

    SimError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }

    static SimError missing(String field) {
        return new SimError(400, "O campo " + field + " é obrigatório.");
    }

    static SimError invalid(String field, String hint) {
        return new SimError(400, "O campo " + field + " é inválido" + (hint == null ? "." : ": " + hint + "."));
    }

    static SimError notFound(String message) {
        return new SimError(404, message);
    }
}

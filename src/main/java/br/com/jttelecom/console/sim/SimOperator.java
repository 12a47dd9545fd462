package br.com.jttelecom.console.sim;

/**
 * An operator (a person who takes queue calls) as the simulator sees it at one moment.
 *
 * @param status {@code deslogado}, {@code disponivel} or {@code pausado} (assumed spellings)
 */
record SimOperator(int id, String nome, String ramal, String status, String motivoPausa) {

    static final String LOGGED_OUT = "deslogado";
    static final String AVAILABLE = "disponivel";
    static final String PAUSED = "pausado";

    SimOperator withStatus(String newStatus, String motivo) {
        return new SimOperator(id, nome, ramal, newStatus, motivo);
    }

    boolean available() {
        return AVAILABLE.equals(status);
    }
}

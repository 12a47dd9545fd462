package br.com.jttelecom.console.model;

/** An agent's state as the console shows it (deslogado, disponível, chamando, em conversa, pós-atendimento, pausado). */
public enum OperatorState {
    LOGGED_OUT,
    AVAILABLE,
    RINGING,
    TALKING,
    WRAP_UP,
    PAUSED
}

package br.com.jttelecom.console.service;

/**
 * Who the agent is at the PBX: the extension that rings on a click-to-call and the operator id of the
 * queue actions. Today from settings ({@link AgentSettings}); issue 8's extension↔user link will give
 * another implementation without touching the callers.
 */
public interface AgentIdentity {

    /** The extension's plain number ({@code 201}). */
    String extension();

    /** The PBX operator id ({@code operador_id}). */
    String operatorId();

    /** The console user, or null until users exist. */
    Long userId();
}

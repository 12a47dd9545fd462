package br.com.jttelecom.console.service;

/**
 * A form value the services refuse before anything is sent or stored; the message is pt-BR.
 * {@link InvalidFields} is the kind that names every wrong field of a form at once.
 */
public sealed class InvalidInput extends RuntimeException permits InvalidFields {

    public InvalidInput(String message) {
        super(message);
    }
}

package br.com.jttelecom.console.service;

/** A form value the services refuse before anything is sent or stored; the message is pt-BR. */
public final class InvalidInput extends RuntimeException {

    public InvalidInput(String message) {
        super(message);
    }
}

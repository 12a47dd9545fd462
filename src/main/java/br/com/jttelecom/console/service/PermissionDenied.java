package br.com.jttelecom.console.service;

/** A service call the signed-in role may not make; the message is a pt-BR sentence for the screen. */
public final class PermissionDenied extends RuntimeException {

    public PermissionDenied(String message) {
        super(message);
    }
}

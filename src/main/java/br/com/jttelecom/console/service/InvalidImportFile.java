package br.com.jttelecom.console.service;

/** The whole file cannot be imported (no header, no name column…): the message says why, in the console's language. */
public final class InvalidImportFile extends RuntimeException {

    public InvalidImportFile(String message) {
        super(message);
    }
}

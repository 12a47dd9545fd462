package br.com.jttelecom.console.service;

/** A live PBX query failed; {@link #getMessage()} is the sentence to show (Portuguese, from the client). */
public final class PbxQueryFailed extends RuntimeException {

    public PbxQueryFailed(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}

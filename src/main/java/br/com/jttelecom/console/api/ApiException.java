package br.com.jttelecom.console.api;

/** A refusal the API answers as {@code {"error":{"code","message"}}}; the message is a pt-BR sentence. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

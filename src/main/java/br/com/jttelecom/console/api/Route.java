package br.com.jttelecom.console.api;

/** One route the server answers, as {@code docs/openapi.yaml} must list it. */
public record Route(String method, String path) {
}

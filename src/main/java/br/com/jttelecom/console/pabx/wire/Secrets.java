package br.com.jttelecom.console.pabx.wire;

/** How secrets appear in {@code toString()}: whether one is set, never what it is. */
public final class Secrets {

    private Secrets() {
    }

    public static String mask(String secret) {
        return secret == null ? "null" : secret.isEmpty() ? "" : "****";
    }
}

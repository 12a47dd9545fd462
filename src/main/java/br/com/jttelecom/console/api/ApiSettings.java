package br.com.jttelecom.console.api;

import java.util.Objects;

/**
 * How the local API listens and checks callers.
 *
 * @param bind          the address to listen on; loopback unless the admin set {@code api.bind}
 * @param port          0 picks a free port (tests)
 * @param signingKey    the per-install key of the API tokens
 * @param webhookSecret the shared secret the PBX sends with its webhooks
 * @param webhookHmac   true: the secret signs the body (HMAC-SHA256 in {@code X-Webhook-Signature});
 *                      false: it travels as itself in {@code X-Webhook-Secret} or {@code ?secret=}
 * @param hosts         names other machines reach this console by ({@code api.hosts}); requests naming any
 *                      other Host than these, loopback and the bind address are refused
 */
public record ApiSettings(String bind, int port, String signingKey, String webhookSecret, boolean webhookHmac,
                          java.util.Set<String> hosts) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;
    /** A webhook is a few hundred bytes; anything this big is not one. */
    public static final int MAX_WEBHOOK_BYTES = 64 * 1024;

    public ApiSettings {
        bind = bind == null || bind.isBlank() ? LOOPBACK : bind.trim();
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        hosts = hosts == null ? java.util.Set.of() : java.util.Set.copyOf(hosts);
    }

    public ApiSettings(String bind, int port, String signingKey, String webhookSecret, boolean webhookHmac) {
        this(bind, port, signingKey, webhookSecret, webhookHmac, java.util.Set.of());
    }

    @Override
    public String toString() {
        return "ApiSettings[bind=" + bind + ", port=" + port + ", webhookHmac=" + webhookHmac + ", hosts=" + hosts + "]";
    }
}

package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The API user and token the simulated account accepts, found wherever clients put them:
 * the {@code usuario}/{@code token} headers, the same names as parameters, {@code autenticacao_*}
 * parameters, or the legacy body's {@code autenticacao} object.
 */
record Credentials(String user, String token) {

    boolean accepts(Headers headers, ObjectNode params) {
        String u = headers.getFirst("usuario");
        String t = headers.getFirst("token");
        if (u == null || t == null) {
            u = SimRequest.text(params, "usuario");
            t = SimRequest.text(params, "token");
        }
        if (u == null || t == null) {
            u = SimRequest.text(params, "autenticacao_usuario");
            t = SimRequest.text(params, "autenticacao_token");
        }
        JsonNode legacy = params.get("autenticacao");
        if ((u == null || t == null) && legacy instanceof ObjectNode auth) {
            u = SimRequest.text(auth, "usuario");
            t = SimRequest.text(auth, "token");
        }
        return u != null && t != null && user.equals(u.trim()) && constantTimeEquals(token, t.trim());
    }

    /** A token is masked in anything printed: its first 4 characters only. */
    String maskedToken() {
        return token.length() <= 4 ? "****" : token.substring(0, 4) + "…" + "****";
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", token=" + maskedToken() + "]";
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

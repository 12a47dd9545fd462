package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.service.calls.WebhookIntake;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /api/telephony/webhook/call-status}: the PBX's end-of-call post. No token (the PBX
 * has none) but the install's shared secret, as itself or as an HMAC of the body. The body is
 * capped, parsed (and mended) by {@link WebhookBody} and handed to {@link WebhookIntake}.
 */
final class WebhookRoutes {

    static final String PATH = "/api/telephony/webhook/call-status";
    private final ApiServices services;
    private final ApiSettings settings;
    private final WebhookBody parser;

    WebhookRoutes(ApiServices services, ApiSettings settings) {
        this.services = services;
        this.settings = settings;
        this.parser = new WebhookBody(services.messages(), services.pbxBase(), ZoneId.of("America/Sao_Paulo"));
    }

    void register(ApiServer server) {
        server.open(HandlerType.POST, PATH, this::receive);
    }

    private void receive(Context ctx) throws IOException {
        byte[] raw = RequestBody.bytes(ctx, services.messages());
        if (!authorised(ctx, raw)) {
            throw new ApiException(401, "unauthorized", services.messages().get("api.webhook.badSecret"));
        }
        Call report = parser.parse(RequestBody.text(ctx, services.messages(), "api.webhook.notUtf8"));
        WebhookIntake.Result result = services.webhooks().accept(report);
        ctx.status(202).json(Map.of("accepted", true, "call_id", report.externalCallId(),
                "result", result.name().toLowerCase(Locale.ROOT)));
    }

    private boolean authorised(Context ctx, byte[] body) {
        byte[] expected = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        if (settings.webhookHmac()) {
            String given = ctx.header("X-Webhook-Signature");
            if (given == null) {
                return false;
            }
            String hex = given.trim().toLowerCase(Locale.ROOT);
            hex = hex.startsWith("sha256=") ? hex.substring(7) : hex;
            return MessageDigest.isEqual(hmac(expected, body).getBytes(StandardCharsets.UTF_8),
                    hex.getBytes(StandardCharsets.UTF_8));
        }
        String given = ctx.header("X-Webhook-Secret");
        if (given == null) {
            given = ctx.queryParam("secret");
        }
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    static String hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

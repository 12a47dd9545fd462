package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.wiring.ApiComposition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code api.webhook.hmac=true} the secret signs the body and never travels itself. */
class ApiWebhookHmacTest {

    @TempDir
    Path dataDir;

    @Test
    void onlyABodySignedWithTheSecretIsAccepted() throws Exception {
        try (ApiFixture api = new ApiFixture(dataDir, Map.of(ApiComposition.WEBHOOK_HMAC, "true"))) {
            String path = "/api/telephony/webhook/call-status";
            String body = "{\"call_id\":\"hmac-1\",\"status\":\"completed\",\"duration\":12}";
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(api.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));

            assertThat(api.send("POST", path, null, body, Map.of("X-Webhook-Signature", signature)).status())
                    .isEqualTo(202);
            assertThat(api.send("POST", path, null, body.replace("12", "13"),
                    Map.of("X-Webhook-Signature", signature)).status()).isEqualTo(401);
            assertThat(api.send("POST", path, null, body, Map.of("X-Webhook-Secret", api.webhookSecret())).status())
                    .as("the plain secret is not enough in HMAC mode").isEqualTo(401);
        }
    }
}

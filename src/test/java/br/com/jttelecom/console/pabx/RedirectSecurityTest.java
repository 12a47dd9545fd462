package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * A PBX answer that redirects (a proxy, a hijacked host) is never followed: the token header would go along to
 * wherever it points, plain http included. The client reports a typed error and the other host hears nothing.
 */
class RedirectSecurityTest extends PabxTestSupport {

    @Test
    void aRedirectElsewhereIsNotFollowedAndCarriesNoToken() throws IOException {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            for (int status : new int[]{301, 302, 307, 308}) {
                server.enqueue(new MockResponse.Builder().code(status)
                        .setHeader("Location", elsewhere.url("/suite/api/listar_ramais").toString()).build());

                assertThatThrownBy(() -> client.listExtensions()).as("HTTP %d", status)
                        .isInstanceOf(PabxProtocolError.class);
            }
            assertThat(elsewhere.getRequestCount()).isZero();
            assertThat(server.getRequestCount()).as("one try each: a redirect is no outage").isEqualTo(4);
        }
    }
}

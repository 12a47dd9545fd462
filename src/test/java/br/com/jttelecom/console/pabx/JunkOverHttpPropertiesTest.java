package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The same promise end to end over real HTTP: any body, any status → a result or a typed PabxException. */
class JunkOverHttpPropertiesTest {

    private static final int[] STATUSES = {200, 400, 401, 404, 429, 500, 502};
    private static MockWebServer server;
    private static CountingDispatcher dispatcher;
    private static PabxClient client;

    @BeforeContainer
    static void start() throws IOException {
        server = new MockWebServer();
        dispatcher = new CountingDispatcher(PabxTestSupport.ok(PabxTestSupport.EMPTY_LIST));
        server.setDispatcher(dispatcher);
        server.start();
        // One try per call and no circuit in the way: every try must reach the server.
        FakeTime time = new FakeTime();
        client = new PabxClient(PabxSettings.of(server.url("/suite/api").toString(), "u", "t")
                .withRetry(1, Duration.ofMillis(1)).withRequestsPerSecond(10_000)
                .withCircuitOpenWait(Duration.ofMillis(1)).withLogLevel(HttpLogLevel.NONE), time, time);
    }

    @AfterContainer
    static void stop() {
        client.close();
        server.close();
    }

    @Property(tries = 150)
    void anyAnswerToAnyActionIsAResultOrATypedError(@ForAll String body, @ForAll @IntRange(min = 0, max = 6) int s,
                                                    @ForAll @IntRange(min = 0, max = 4) int action) {
        dispatcher.answer(new MockResponse.Builder().code(STATUSES[s]).body(body).build());
        try {
            Object result = switch (action) {
                case 0 -> client.history(HistoryClientTest.oneDay()).toList();
                case 1 -> client.listExtensions();
                case 2 -> client.onlineCalls();
                case 3 -> client.dial("202", "011999999999", null);
                default -> client.listTrunks();
            };
            assertThat(result).isNotNull();
        } catch (PabxException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

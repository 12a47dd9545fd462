package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.sim.CallTiming;
import br.com.jttelecom.console.sim.DemoLead;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 4's headless demo session: a demo lead dialled through the real client, followed to its recording. */
class DemoSessionOverHttpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 21);

    @Test
    void aDemoLeadIsDialledFollowedLiveThenIndexedWithADownloadableRecording() throws Exception {
        ManualClock clock = SimClock.manual(Instant.parse("2026-08-21T16:00:00Z"));
        try (PbxSimulator sim = ContractSupport.simBuilder().clock(clock).indexingDelay(Duration.ofSeconds(10))
                .callTiming(CallTiming.defaults().withTalk(Duration.ofSeconds(45))).build().start(0);
             PabxClient client = ContractSupport.client(sim, AuthMode.HEADERS)) {
            sim.seedDemoCompany();
            DemoLead lead = sim.demoLeads().stream().filter(l -> "1234567".indexOf(last(l.phone())) >= 0)
                    .findFirst().orElseThrow();
            String dial = "0" + lead.phone().replaceAll("\\D", "");

            String id = client.dial("acme-201", dial, Map.of("lead", lead.name())).chamadaId();

            assertThat(live(client, id).state()).isEqualTo("chamando_ramal");
            clock.advance(Duration.ofSeconds(3));
            assertThat(live(client, id).state()).isEqualTo("chamando");
            clock.advance(Duration.ofSeconds(6));
            assertThat(live(client, id).state()).isEqualTo("em_conversa");
            clock.advance(Duration.ofSeconds(45));
            assertThat(client.onlineCalls()).extracting(OnlineCallRecord::chamadaId).doesNotContain(id);

            HistoryQuery one = HistoryQuery.between(TODAY, TODAY).withCallId(id);
            assertThat(client.history(one).toList()).as("not indexed yet").isEmpty();
            clock.advance(Duration.ofSeconds(5));
            assertThat(client.history(one).toList()).as("still indexing").isEmpty();
            clock.advance(Duration.ofSeconds(5));

            HistoryRecord record = client.history(one).toList().getFirst();
            Call call = new HistoryMapper().toCall(record);
            assertThat(call.externalCallId()).isEqualTo(id);
            assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
            assertThat(call.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(call.phoneNumber()).isEqualTo(dial);
            assertThat(call.extension()).isEqualTo("201");
            assertThat(call.startTime()).isEqualTo(Instant.parse("2026-08-21T16:00:00Z"));
            assertThat(call.duration()).isEqualTo(Duration.ofSeconds(54));
            // duracao_real carries milliseconds just under the whole seconds, as the PBX's does.
            assertThat(call.talkTime()).isBetween(Duration.ofSeconds(44), Duration.ofSeconds(45));
            assertThat(call.sipCode()).isEqualTo(200);
            assertThat(call.recordingUrl()).isNotBlank();

            byte[] wav = download(call.recordingUrl());
            assertThat(wav.length).isGreaterThan(10_000);
            assertThat(new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(Arrays.copyOfRange(wav, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        }
    }

    private static OnlineCallRecord live(PabxClient client, String id) {
        List<OnlineCallRecord> calls = client.onlineCalls();
        return calls.stream().filter(c -> id.equals(c.chamadaId())).findFirst()
                .orElseThrow(() -> new AssertionError("call " + id + " not online: " + calls));
    }

    private static char last(String phone) {
        return phone.charAt(phone.length() - 1);
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        }
    }
}

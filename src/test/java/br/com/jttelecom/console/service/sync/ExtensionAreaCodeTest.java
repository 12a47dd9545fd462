package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.accounts.TestSignIn;
import br.com.jttelecom.console.service.calls.InboundRing;
import br.com.jttelecom.console.service.calls.OnlineMatcher;
import br.com.jttelecom.console.service.calls.WebhookIntake;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.StoredHistoryPage;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.SyncStateRepository;
import br.com.jttelecom.console.store.UserRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local numbers come from the PBX without their DDD: they take the DDD of the DID dialled, else of the
 * call's extension ({@code codigo_area} of {@code listar_ramais}), else the account's. The PBX is a
 * MockWebServer answering the real client; the store a real H2 file. The account's DDD here is 47, so
 * neither the extension's (11) nor the console's default (48) can pass by chance.
 */
class ExtensionAreaCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Pattern OFFSET = Pattern.compile("pos_registro_inicial\\D{1,4}(\\d+)");
    private static final Pattern SIZE = Pattern.compile("quantidade\\D{1,4}(\\d+)");
    /** Extension 202 is in São Paulo (11); 305 has no codigo_area. */
    private static final String EXTENSIONS = """
            {"http_response_code":200,"mensagem":"ok","qtd_total_resultados":2,"qtd_resultados_retornados":2,"dados":[
             {"ramal_id":"1","numero":"202","nome":"Ana","codigo_area":"11","senha_sip":"s","senha_web":"w"},
             {"ramal_id":"2","numero":"305","nome":"Bia","codigo_area":"","senha_sip":"s","senha_web":"w"}]}""";
    private static final List<String> RECORDS = List.of(
            // a local call of extension 202: no DDD
            record("c-local", "19/11/2026 10:00:00", "loja-202", "990169921"),
            // a long-distance call of extension 202: 0 + DDD, kept
            record("c-far", "19/11/2026 10:05:00", "loja-202", "04832224444"),
            // extension 305 has no DDD: the account's
            record("c-no-ddd", "19/11/2026 10:10:00", "loja-305", "991234567"),
            // a local caller on a DID in 21 (Rio): the DID's DDD
            record("c-did", "19/11/2026 10:15:00", "997008385 (DID: 2135124536)", "loja-305"));

    @TempDir
    Path dataFolder;

    private final PhoneNumbers phones = new PhoneNumbers(DialPlan.local("47"));
    private final AtomicInteger extensionListings = new AtomicInteger();
    private MockWebServer server;
    private PabxClient client;
    private Database database;
    private AreaCodes areaCodes;
    private HistorySync sync;
    private CallRepository calls;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                if (path.endsWith("/listar_ramais")) {
                    extensionListings.incrementAndGet();
                    return json(EXTENSIONS);
                }
                String text = r.getUrl() + " " + (r.getBody() == null ? "" : r.getBody().utf8());
                return history(number(OFFSET, text), number(SIZE, text));
            }
        });
        server.start();
        client = new PabxClient(PabxSettings.of(server.url("/suite/api").toString(), "u", "t")
                .withRetry(1, Duration.ofMillis(1)).withRequestsPerSecond(10_000));
        database = Database.openFolder(dataFolder);
        areaCodes = new AreaCodes(client, CLOCK);
        calls = new CallRepository(database.jdbi(), CLOCK);
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        client.close();
        server.close();
        database.close();
    }

    @Test
    void aLocalNumberTakesItsExtensionsDddAndOneWithItsDddKeepsIt() throws Exception {
        syncOnce();

        assertThat(numberOf("c-local")).isEqualTo("+5511990169921");
        assertThat(numberOf("c-far")).isEqualTo("+554832224444");
        assertThat(numberOf("c-no-ddd")).isEqualTo("+5547991234567");
        assertThat(numberOf("c-did")).isEqualTo("+5521997008385");
        assertThat(extensionListings).hasValue(1);
    }

    @Test
    void withoutAnyExtensionKnownTheAccountsDddIsTaken() throws Exception {
        // The sync made without the console's listing lists the extensions itself.
        sync = new HistorySync(client, database, settings(), CLOCK, phones);
        sync.syncNow().get(30, TimeUnit.SECONDS);
        assertThat(numberOf("c-local")).isEqualTo("+5511990169921");

        CustomerNumbers unknown = new CustomerNumbers(phones, AreaCodes.none());
        assertThat(unknown.stored("990169921", null)).isEqualTo("+5547990169921");
        assertThat(unknown.stored("990169921", "11")).isEqualTo("+5511990169921");
        assertThat(unknown.stored("011990169921", "48")).isEqualTo("+5511990169921");
    }

    @Test
    void callsStoredWithTheAccountsDddGetTheirExtensionsOnceAndNeverAgain() throws Exception {
        PhoneNumbers account48 = new PhoneNumbers(DialPlan.local("48"));
        SyncStateRepository state = new SyncStateRepository(database.jdbi(), CLOCK);
        state.put(StoredNumbersRepair.DONE_MARK, "done"); // synced by the version that wrote E.164 with the account's DDD
        Instant t = NOW.minus(Duration.ofDays(3));
        calls.upsertAll(List.of(
                stored("old-202", "+5548990169921", "202", t),
                stored("old-305", "+5548990169922", "305", t.plusSeconds(60)), // 305 has no DDD: kept
                stored("old-202-sp", "+5511990169923", "202", t.plusSeconds(120)), // already right
                stored("old-none", "+5548990169924", null, t.plusSeconds(180))));

        sync = new HistorySync(client, database, settings(), CLOCK, account48, areaCodes);
        sync.syncNow().get(30, TimeUnit.SECONDS);

        assertThat(numberOf("old-202")).isEqualTo("+5511990169921");
        assertThat(numberOf("old-305")).isEqualTo("+5548990169922");
        assertThat(numberOf("old-202-sp")).isEqualTo("+5511990169923");
        assertThat(numberOf("old-none")).isEqualTo("+5548990169924");
        assertThat(state.cursor(StoredNumbersRepair.DDD_DONE_MARK)).isPresent();

        // Once per database: a row in the same shape after the repair is not touched by the next sync.
        calls.upsertAll(List.of(stored("later-202", "+5548990169925", "202", t.plusSeconds(240))));
        sync.syncNow().get(30, TimeUnit.SECONDS);
        assertThat(numberOf("later-202")).isEqualTo("+5548990169925");
    }

    @Test
    void numbersStillInThePbxFormGetTheirExtensionsDddAndNeedNoSecondRepair() throws Exception {
        Instant t = NOW.minus(Duration.ofDays(3));
        calls.upsertAll(List.of(stored("raw-202", "990169921", "202", t), stored("raw-305", "990169921", "305",
                t.plusSeconds(60)), stored("raw-far", "04832224444", "202", t.plusSeconds(120))));

        syncOnce();

        assertThat(numberOf("raw-202")).isEqualTo("+5511990169921");
        assertThat(numberOf("raw-305")).isEqualTo("+5547990169921");
        assertThat(numberOf("raw-far")).isEqualTo("+554832224444");
        SyncStateRepository state = new SyncStateRepository(database.jdbi(), CLOCK);
        assertThat(state.cursor(StoredNumbersRepair.DONE_MARK)).isPresent();
        assertThat(state.cursor(StoredNumbersRepair.DDD_DONE_MARK)).isPresent();
    }

    @Test
    void theNumberAPersonTypesFindsTheCallInTheHistoryAndInLeadMatching() throws Exception {
        syncOnce();
        Session session = signedInOn("202");
        TypedNumbers typed = new TypedNumbers(phones, session, new ExtensionLinkRepository(database.jdbi()), areaCodes);

        CallHistory history = new CallHistory(calls, new CallEventRepository(database.jdbi()),
                new SettingRepository(database.jdbi(), CLOCK), new LeadLookup(database.jdbi()), CLOCK,
                ZoneId.of("America/Sao_Paulo")).readingNumbersWith(typed);
        StoredHistoryPage page = history.page(HistoryFilter.defaults().withPhone("99016-9921"), null, 50);
        assertThat(page.calls()).extracting(Call::externalCallId).containsExactly("c-local");
        // With the DDD typed, whoever types it.
        assertThat(history.page(HistoryFilter.defaults().withPhone("(48) 3222-4444"), null, 50).calls())
                .extracting(Call::externalCallId).containsExactly("c-far");

        Leads leads = new Leads(new LeadRepository(database.jdbi()), new OpportunityRepository(database.jdbi()), calls,
                new LeadValidator(typed, Messages.portuguese()), phones);
        LeadMatcher matcher = new LeadMatcher(new CallLeadLinks(database.jdbi()), leads, typed);
        Lead lead = matcher.saveLead(new LeadForm(null, "Cliente", "", "99016-9921", "", LeadStage.NEW, null, null, ""));
        assertThat(lead.phones()).containsExactly("+5511990169921");
        assertThat(calls.findByExternalId("c-local").orElseThrow().leadId()).isEqualTo(lead.id());

        Lead other = matcher.saveLead(new LeadForm(null, "Outro", "", "(47) 3333-4444", "", LeadStage.NEW, null, null, ""));
        assertThat(matcher.linkNumber("99700-8385", other.id())).isZero(); // 11: the caller on the Rio DID is not it
        assertThat(matcher.linkNumber("(21) 99700-8385", other.id())).isEqualTo(1);
        assertThat(calls.findByExternalId("c-did").orElseThrow().leadId()).isEqualTo(other.id());
    }

    @Test
    void theScreenPopAndTheWebhookReadALocalNumberWithTheExtensionsDdd() throws Exception {
        syncOnce();
        Leads leads = new Leads(new LeadRepository(database.jdbi()), new OpportunityRepository(database.jdbi()), calls,
                new LeadValidator(phones, Messages.portuguese()), phones);
        Lead lead = leads.save(new LeadForm(null, "Cliente", "", "+55 11 98888-7777", "", LeadStage.NEW, null, null, ""));

        OnlineMatcher matcher = new OnlineMatcher(phones, calls, new LeadLookup(database.jdbi()), areaCodes);
        OnlineCallRecord ringing = new OnlineCallRecord("on-1", "988887777", "loja-202", null, null, null, null,
                null, null, null, null);
        InboundRing ring = matcher.inbound(ringing, "202", NOW).orElseThrow().ring();
        assertThat(ring.number()).isEqualTo("+5511988887777");
        assertThat(ring.leadId()).isEqualTo(lead.id());

        WebhookIntake webhooks = new WebhookIntake(calls, Optional.empty(), CLOCK, phones, areaCodes);
        webhooks.accept(webhook("wh-new", "977776666", "202"));
        assertThat(numberOf("wh-new")).isEqualTo("+5511977776666");
        // A webhook about a synced call, without the extension: the stored call's extension decides.
        webhooks.accept(webhook("c-local", "990169921", null));
        assertThat(numberOf("c-local")).isEqualTo("+5511990169921");
    }

    private void syncOnce() throws Exception {
        sync = new HistorySync(client, database, settings(), CLOCK, phones, areaCodes);
        SyncResult result = sync.syncNow().get(30, TimeUnit.SECONDS);
        assertThat(result.complete()).isTrue();
    }

    private Session signedInOn(String extension) {
        UserRepository users = new UserRepository(database.jdbi(), CLOCK);
        long id = users.insert("ana", "Ana", "agent", "x", null);
        new ExtensionLinkRepository(database.jdbi()).link(id, extension);
        Session session = new Session();
        TestSignIn.signIn(session, new ConsoleUser(id, "ana", "Ana", Role.AGENT, null, true));
        return session;
    }

    private String numberOf(String externalId) {
        return calls.findByExternalId(externalId).orElseThrow().phoneNumber();
    }

    private static SyncSettings settings() {
        return SyncSettings.defaults().withFirstWindow(Duration.ofDays(5));
    }

    private static Call stored(String id, String number, String extension, Instant start) {
        return new Call(null, null, null, null, number, Direction.OUTBOUND, Duration.ofSeconds(65),
                CallStatus.COMPLETED, start, start.plusSeconds(65), null, id, null, extension, null, null,
                Duration.ofSeconds(60), null, null, null, null, null, null);
    }

    private static Call webhook(String id, String number, String extension) {
        return new Call(null, null, null, null, number, Direction.OUTBOUND, Duration.ofSeconds(30),
                CallStatus.COMPLETED, NOW.minusSeconds(30), NOW, null, id, null, extension, null, null, null, null,
                null, null, null, null, null);
    }

    private static String record(String id, String date, String from, String to) {
        return "{\"chamada_id\":\"" + id + "\",\"data\":\"" + date + "\",\"origem\":\"" + from + "\",\"destino\":\""
                + to + "\",\"status\":\"1\",\"sip_code\":\"200\",\"duracao\":\"00:01:00\",\"duracao_real\":\"00:00:50,000\"}";
    }

    private static MockResponse history(int offset, int size) {
        List<String> page = offset >= RECORDS.size() ? List.of()
                : RECORDS.subList(offset, Math.min(RECORDS.size(), offset + Math.max(1, size)));
        return json("{\"http_response_code\":200,\"mensagem\":\"ok\",\"qtd_total_resultados\":" + RECORDS.size()
                + ",\"qtd_resultados_retornados\":" + page.size() + ",\"dados\":[" + String.join(",", page) + "]}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static int number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}

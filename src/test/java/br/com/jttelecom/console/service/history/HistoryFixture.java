package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SettingRepository;

import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.PbxSimulator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/** A real H2 file store in a test folder, with the history services over it. */
public final class HistoryFixture implements AutoCloseable {

    public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    public final Database database;
    public final CallRepository calls;
    public final CallEventRepository events;
    public final CallHistory history;
    /** The trail exports write to; nobody is signed in, so rows name "-". */
    public final br.com.jttelecom.console.service.accounts.AuditTrail audit;

    public HistoryFixture(Path folder, Instant now) {
        this.database = Database.openFolder(folder);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        this.calls = new CallRepository(database.jdbi(), clock);
        this.events = new CallEventRepository(database.jdbi());
        this.history = new CallHistory(calls, events, new SettingRepository(database.jdbi(), clock),
                new br.com.jttelecom.console.store.LeadLookup(database.jdbi()), clock, SAO_PAULO);
        this.audit = br.com.jttelecom.console.service.accounts.AuditTrail.on(database.jdbi(), new Session(), clock);
    }

    public HistoryExport export() {
        return new HistoryExport(calls, history, Messages.portuguese(), audit);
    }

    /** Stores a finished call with the given start, status, direction and notes. */
    public Call add(Instant start, CallStatus status, Direction direction, String notes) {
        return calls.insert(call(start, status, direction, notes, "201", Duration.ofSeconds(65)));
    }

    public static Call call(Instant start, CallStatus status, Direction direction, String notes, String extension,
                            Duration duration) {
        return new Call(null, null, null, null, "+5548991234567", direction, duration, status, start,
                start.plus(duration), null, null, notes, extension, "Ana Souza", null, duration, null, null,
                null, null, null, null);
    }

    /** Seeds the simulator's history and returns a recorded call, with its link as the PBX gives it. */
    public static Call recordedCall(PbxSimulator sim, PabxClient client) {
        Instant now = Instant.now();
        sim.seedHistory(40, now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)), 3L);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return client.historyCalls(HistoryQuery.between(today.minusDays(3), today.plusDays(1)))
                .filter(c -> c.recordingUrl() != null && !c.recordingUrl().isBlank())
                .findFirst().orElseThrow();
    }

    public static HistoryFilter withPreset(PeriodPreset preset) {
        return new HistoryFilter(preset, null, null, Set.of(), Set.of(), null, null, null, null, null, null);
    }

    public static HistoryFilter with(HistoryFilter f, Set<CallStatus> statuses, Set<Direction> directions, String extension,
                              Duration min, Duration max, String notes) {
        return new HistoryFilter(f.preset(), f.customFrom(), f.customTo(), statuses, directions, null, extension, null,
                min, max, notes);
    }

    @Override
    public void close() {
        database.close();
    }
}

package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.AuditLogRepository;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.UserRepository;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** What a person types, written through the real repositories, and a snapshot of it to compare. */
final class LocalData {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private final Jdbi jdbi;
    private final Clock clock = Clock.systemUTC();

    LocalData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A call as the history sync stores it (PBX data only). */
    long syncedCall(String externalId) {
        Call call = new Call(null, null, null, null, "+5548991234567", Direction.INBOUND, Duration.ofSeconds(40),
                CallStatus.COMPLETED, T0, T0.plusSeconds(40), null, externalId, null, "1001", "Ana", null, null, null,
                200, null, null, null, null);
        return new CallRepository(jdbi, clock).upsert(call).id();
    }

    long user(String login) {
        return new UserRepository(jdbi, clock).insert(login, "Pessoa " + login, "AGENT", "$2a$10$hash", null);
    }

    long lead(String name, String phone) {
        return new LeadRepository(jdbi, clock).insert(Lead.draft(name, "Empresa", List.of(phone), null)).id();
    }

    long opportunity(long leadId) {
        return new OpportunityRepository(jdbi, clock).insert(new Opportunity(null, leadId, "Plano anual",
                LeadStage.NEW, new BigDecimal("1234.50"), null, null, null)).id();
    }

    void notesAndOutcome(long callId, String notes, Outcome outcome) {
        CallRepository calls = new CallRepository(jdbi, clock);
        calls.updateNotes(callId, notes);
        calls.updateOutcome(callId, outcome);
    }

    void attach(long callId, long leadId) {
        new CallLeadLinks(jdbi, clock).attach(callId, leadId);
    }

    long callback(long callId, long leadId) {
        return new CallbackRepository(jdbi, clock).schedule(callId, leadId, "+5548991234567", T0.plusSeconds(3600));
    }

    void setting(String key, String value) {
        new SettingRepository(jdbi, clock).put(key, value);
    }

    long pauseReason(String label) {
        return new PauseReasonRepository(jdbi).insert(label);
    }

    void extension(long userId, String extension) {
        new ExtensionLinkRepository(jdbi).link(userId, extension);
    }

    long audit(String action) {
        return new AuditLogRepository(jdbi).insert(T0, "admin", action, "alvo", "OK", null, "0".repeat(64),
                "1".repeat(64));
    }

    /** Every journalled table's rows (calls: the agent's columns), in key order. */
    static Map<String, List<Map<String, Object>>> snapshot(Jdbi jdbi) {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            for (JournalTable table : JournalTable.values()) {
                String sql = table == JournalTable.CALL
                        ? "SELECT id, external_call_id, notes, outcome, lead_id, opportunity_id, user_id FROM calls ORDER BY id"
                        : "SELECT * FROM " + table.sqlName() + " ORDER BY 1";
                all.put(table.sqlName(), h.createQuery(sql).mapToMap().list());
                for (JournalTable.Child child : table.children()) {
                    all.put(child.table(), h.createQuery("SELECT * FROM " + child.table() + " ORDER BY 1, 2")
                            .mapToMap().list());
                }
            }
        });
        return all;
    }

    /** Overwrites the middle half of a closed database file with garbage. */
    static void damageMiddle(Path dbFile) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dbFile.toFile(), "rw")) {
            long length = f.length();
            byte[] junk = new byte[(int) (length / 2)];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.seek(length / 4);
            f.write(junk);
        }
    }

    /** Cuts a closed database file to a third of its length, as a full disk or a copy cut short would. */
    static void truncate(Path dbFile) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dbFile.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
    }
}

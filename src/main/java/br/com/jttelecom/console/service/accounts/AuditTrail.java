package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.store.AuditLogRepository;
import br.com.jttelecom.console.store.AuditRow;
import br.com.jttelecom.console.store.SettingRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The append-only audit trail. Each row stores SHA-256(previous row's hash + its own content), so
 * editing, deleting or inserting a row in the database breaks the chain at that row. Callers pass
 * no secrets: details are free text written by our own services, never a token or a password.
 */
public final class AuditTrail {

    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    /** Result values. */
    public static final String OK = "OK";
    public static final String FAILED = "FALHOU";
    public static final String DENIED = "NEGADO";
    public static final String CANCELLED = "CANCELADO";
    /** Sent, but the PBX's answer was lost: a later row says whether the call went through (OK) or not (FALHOU). */
    public static final String PENDING = "PENDENTE";

    /** Where the newest row's id and hash are remembered, so deleting the tail is noticed too. */
    static final String HEAD_KEY = "audit.head";

    private final AuditLogRepository repository;
    private final SettingRepository head;
    private final Session session;
    private final Clock clock;

    public AuditTrail(AuditLogRepository repository, SettingRepository head, Session session, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.head = Objects.requireNonNull(head);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Builds the trail and its head marker on one database. */
    public static AuditTrail on(org.jdbi.v3.core.Jdbi jdbi, Session session, Clock clock) {
        return new AuditTrail(new AuditLogRepository(jdbi), new SettingRepository(jdbi, clock), session, clock);
    }

    /** Who an entry written now would name (capture it before handing work to another thread). */
    public String currentActor() {
        return session.actor();
    }

    /** Appends a row on behalf of the signed-in user. */
    public void record(String action, String target, String result, String details) {
        recordAs(session.actor(), action, target, result, details);
    }

    /** Appends a row naming the actor (sign-in attempts happen before anyone is signed in). */
    public synchronized void recordAs(String actor, String action, String target, String result, String details) {
        // A login or a pause reason comes from outside: a CR/LF in it must not read as a second audit line.
        actor = escaped(actor);
        target = escaped(target);
        details = escaped(details);
        // The database keeps microseconds; hash what will be read back.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String prev = repository.last().map(AuditRow::rowHash).orElse(GENESIS);
        String hash = hash(prev, at, actor, action, target, result, details);
        long id = repository.insert(at, actor, action, target, result, details, prev, hash);
        head.put(HEAD_KEY, id + ":" + hash);
    }

    /** Newest first, filtered (null = any); admins only. */
    public List<AuditEntry> find(String actor, String action, Instant from, Instant to) {
        Permissions.require(session, Permission.VIEW_AUDIT);
        return repository.find(blankToNull(actor), blankToNull(action), from, to, 5_000).stream()
                .map(r -> new AuditEntry(r.id(), r.at(), r.actor(), r.action(), r.target(), r.result(), r.details()))
                .toList();
    }

    /** Walks the whole chain; admins only. */
    public AuditVerification verify() {
        Permissions.require(session, Permission.VIEW_AUDIT);
        List<AuditRow> rows = repository.all();
        AuditVerification chain = verifyChain(rows);
        if (!chain.intact()) {
            return chain;
        }
        String expected = head.get(HEAD_KEY).orElse(null);
        String actual = rows.isEmpty() ? null : rows.get(rows.size() - 1).id() + ":" + rows.get(rows.size() - 1).rowHash();
        if (expected != null && !expected.equals(actual)) {
            long lastId = Long.parseLong(expected.substring(0, expected.indexOf(':')));
            return AuditVerification.broken(lastId, "lastGone");
        }
        return chain;
    }

    public static AuditVerification verifyChain(List<AuditRow> rows) {
        String expectedPrev = GENESIS;
        long expectedId = rows.isEmpty() ? 0 : rows.get(0).id();
        for (AuditRow row : rows) {
            if (!row.prevHash().equals(expectedPrev)) {
                return AuditVerification.broken(row.id(), row.id() != expectedId ? "previousGone" : "notChained");
            }
            String actual = hash(row.prevHash(), row.at(), row.actor(), row.action(), row.target(), row.result(),
                    row.details());
            if (!actual.equals(row.rowHash())) {
                return AuditVerification.broken(row.id(), "changed");
            }
            expectedPrev = row.rowHash();
            expectedId = row.id() + 1;
        }
        return AuditVerification.intact(rows.size());
    }

    static String hash(String prev, Instant at, String actor, String action, String target, String result,
                       String details) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        // Length-prefixed fields: "a|bc" and "ab|c" must not hash alike.
        for (String field : new String[]{prev, at.toString(), actor, action, target, result, details}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Control characters as {@code \\r}, {@code \\n}, {@code \\t} or {@code \\u00XX}: one row is one line. */
    static String escaped(String s) {
        if (s == null || s.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a killed console left in its data folder, as the next start finds it: whether the database opens
 * ({@link Database#openFolder}, migrations and all), and once open, duplicated PBX calls, confirmed notes
 * that are gone, lead files stored in part, the calls stored and whether the first sync completed.
 */
final class CrashChecks {

    /**
     * @param setAside indexes the dead console had set aside (read before opening, which builds them)
     * @param openError why the database did not open; null when it did
     * @param restored the open needed the backup's restore (always false until the backup exists)
     * @param notesLost calls whose confirmed note is not stored, as "EXT expected=… stored=…"
     * @param importsBroken lead files confirmed and not whole, or stored in part
     * @param firstSyncDone the sync cursor says a sync completed (its "until" is set)
     */
    record Finding(long setAside, String openError, boolean restored, long duplicates, List<String> notesLost,
                   List<String> importsBroken, long storedCalls, boolean firstSyncDone) {

        static Finding unreadable(long setAside, String why) {
            return new Finding(setAside, why, false, 0, List.of(), List.of(), 0, false);
        }

        boolean opened() {
            return openError == null;
        }
    }

    private CrashChecks() {
    }

    static Finding check(Path folder, CrashLedger ledger) {
        long setAside = setAsideInTheFile(folder);
        Database db;
        try {
            db = Database.openFolder(folder);
        } catch (RuntimeException e) {
            return Finding.unreadable(setAside, rootMessage(e));
        }
        try {
            String unreadable = readEverything(db);
            if (unreadable != null) {
                return Finding.unreadable(setAside, "opened, but " + unreadable);
            }
            var jdbi = db.jdbi();
            long duplicates = jdbi.withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) - COUNT(DISTINCT external_call_id) FROM calls").mapTo(Long.class).one());
            long stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls").mapTo(Long.class).one());
            String cursor = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(sync_cursor, '') FROM sync_state WHERE name = 'history'")
                    .mapTo(String.class).findOne().orElse(""));
            List<String> lost = new ArrayList<>();
            Map<String, String> storedNotes = storedNotes(db, ledger.notes().keySet());
            ledger.notes().forEach((ext, note) -> {
                String now = storedNotes.get(ext);
                if (!note.holds(now)) {
                    lost.add(ext + " expected=" + note.confirmed + " stored=" + now);
                }
            });
            List<String> broken = new ArrayList<>();
            Map<String, Long> leads = leadsByFile(db);
            ledger.imported().forEach((tag, count) -> {
                long now = leads.getOrDefault(tag, 0L);
                if (now != count) {
                    broken.add(tag + " confirmed=" + count + " stored=" + now);
                }
            });
            for (String tag : ledger.importing()) {
                long now = leads.getOrDefault(tag, 0L);
                if (now != 0 && now != CrashChild.LEADS_PER_FILE) {
                    broken.add(tag + " unconfirmed, stored in part=" + now);
                }
            }
            return new Finding(setAside, null, restoredOnOpen(folder), duplicates, lost, broken, stored,
                    cursor.contains("until="));
        } finally {
            db.close();
        }
    }

    /**
     * Reads every row of every table, once through the table and once through each of its indexes (each row
     * fetched whole, so an index entry whose row is gone fails too): a file the kill left with pages missing
     * opens without complaint and fails only when those pages are read. Returns what failed, or null.
     */
    private static String readEverything(Database db) {
        List<String[]> indexes = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT table_name, index_name FROM information_schema.indexes
                WHERE table_schema = 'PUBLIC' ORDER BY table_name, index_name""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
        List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")
                .mapTo(String.class).list());
        for (String table : tables) {
            String failed = scan(db, table, "SELECT * FROM \"" + table + "\"", -1);
            if (failed != null) {
                return failed;
            }
        }
        for (String[] ix : indexes) {
            List<String> columns = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT column_name FROM information_schema.index_columns
                    WHERE table_schema = 'PUBLIC' AND index_name = :ix ORDER BY ordinal_position""")
                    .bind("ix", ix[1]).mapTo(String.class).list());
            if (columns.isEmpty()) {
                continue;
            }
            long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"" + ix[0] + "\"")
                    .mapTo(Long.class).one());
            String order = String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
            String failed = scan(db, ix[0] + "." + ix[1],
                    "SELECT * FROM \"" + ix[0] + "\" USE INDEX (\"" + ix[1] + "\") ORDER BY " + order, rows);
            if (failed != null) {
                return failed;
            }
        }
        return null;
    }

    /** Reads the query's rows whole; {@code expected} rows unless negative. Returns what failed, or null. */
    private static String scan(Database db, String what, String sql, long expected) {
        try {
            long read = db.jdbi().withHandle(h -> {
                try (var st = h.getConnection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    long n = 0;
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        n++;
                    }
                    return n;
                }
            });
            return expected >= 0 && read != expected ? what + " holds " + read + " rows, the table " + expected : null;
        } catch (RuntimeException | SQLException e) {
            return "reading " + what + " failed: " + rootMessage(e);
        }
    }

    /** Errors of the store itself in what a child logged (pages missing, rows gone, the file refused): the first, or null. */
    static String storeErrorInLog(Path logDir) {
        return storeError(logDir.resolve("tests.log"), 0);
    }

    /** The size of H2's own trace file in the folder (it writes there what went wrong inside the database). */
    static long traceSize(Path folder) {
        try {
            Path trace = folder.resolve(Database.FILE_NAME + ".trace.db");
            return Files.exists(trace) ? Files.size(trace) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The first store error H2 traced past {@code from} (what a child added), or null. */
    static String storeErrorInTrace(Path folder, long from) {
        return storeError(folder.resolve(Database.FILE_NAME + ".trace.db"), from);
    }

    private static String storeError(Path file, long from) {
        if (!Files.exists(file)) {
            return null;
        }
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(from, Files.size(file)));
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().filter(l -> STORE_ERRORS.stream().anyMatch(l::contains)).findFirst()
                    .map(l -> l.length() > 300 ? l.substring(0, 300) : l).orElse(null);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static final List<String> STORE_ERRORS = List.of("MVStoreException", "General error", "Row not found",
            "File corrupted", "already in use", "ClosedByInterruptException");

    /** The PBX ids of the stored calls. */
    static Set<String> storedIds(Path folder) {
        try (Database db = Database.openFolder(folder)) {
            return new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT external_call_id FROM calls")
                    .mapTo(String.class).list()));
        }
    }

    /** The damaged files already counted: a restore sets one aside, and it stays in the folder. */
    private static final Set<Path> SEEN_DAMAGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Whether a console had to restore the database from its backup since the last look: a restore moves the
     * damaged file aside as {@code jt-console.mv.db.damaged-<time>} and never deletes it.
     */
    private static boolean restoredOnOpen(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(Database.FILE_NAME + ".mv.db.damaged-"))
                    .map(SEEN_DAMAGED::add).reduce(false, Boolean::logicalOr);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Map<String, String> storedNotes(Database db, Set<String> externalIds) {
        Map<String, String> notes = new HashMap<>();
        if (externalIds.isEmpty()) {
            return notes;
        }
        db.jdbi().useHandle(h -> h.createQuery("SELECT external_call_id, notes FROM calls WHERE external_call_id IN (<ids>)")
                .bindList("ids", List.copyOf(externalIds))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)))
                .forEach(e -> notes.put(e.getKey(), e.getValue())));
        return notes;
    }

    private static Map<String, Long> leadsByFile(Database db) {
        Map<String, Long> counts = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT company, COUNT(*) FROM lead WHERE company LIKE 'lote-%' GROUP BY company")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** What the dead console left recorded as set aside, with plain JDBC (opening a Database builds it). */
    private static long setAsideInTheFile(Path folder) {
        if (!Files.exists(folder.resolve(Database.FILE_NAME + ".mv.db"))) {
            return 0;
        }
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath() + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM deferred_index")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException noTableYet) {
            return 0; // killed before the migrations made it (or the file does not open: the open below says why)
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String first = e.getClass().getSimpleName() + ": " + e.getMessage();
        return t == e ? first : first + " / " + t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

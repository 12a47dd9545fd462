package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data folder's database, and when it is found damaged (any error while opening or
 * migrating it, or in the first read of a table) puts the file aside, restores the newest backup
 * that opens, writes back the journal's later edits and takes a new backup of the result. The
 * PBX's history comes back by itself: the restored sync cursor is older, and the sync goes on from it.
 */
public final class DatabaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    static final String DB_FILE = Database.FILE_NAME + ".mv.db";
    private static final String STAGING = "restoring";

    /** The open database, its journal (attached) and backups, and what recovery did, if anything. */
    public record Opened(Database database, EditJournal journal, DatabaseBackups backups,
                         Optional<RecoveryReport> recovery) implements AutoCloseable {
        @Override
        public void close() {
            try {
                database.close();
            } finally {
                journal.close();
            }
        }
    }

    /** What {@link #restoreByHand} did: where the replaced file and journal went, and the backup now in place. */
    public record HandRestore(Optional<String> replacedFile, String journalSetAside, Instant backupTakenAt) {
    }

    private DatabaseRecovery() {
    }

    public static Opened openFolder(Path dataDir, Clock clock) {
        EditJournal journal = EditJournal.open(dataDir);
        DatabaseBackups backups = new DatabaseBackups(dataDir, clock);
        try {
            Database database = openChecked(dataDir, journal);
            journal.attachTo(database.jdbi());
            return new Opened(database, journal, backups, Optional.empty());
        } catch (RuntimeException damage) {
            LOG.warn("The database could not be read ({}); restoring it from the latest backup", describe(damage));
            RecoveryReport report = recover(dataDir, journal, backups, clock, describe(damage));
            Database database = Database.openFolder(dataDir);
            journal.attachTo(database.jdbi());
            return new Opened(database, journal, backups, Optional.of(report));
        }
    }

    /**
     * {@code --restore-backup}: the current database file is moved aside (kept) and replaced by the
     * backup's; the journal is set aside too, since its edits are newer than the backup chosen and
     * must not be written over it. A new backup of the restored database is taken at once, so a
     * later recovery starts from it. Refused while a console has the database open.
     */
    public static HandRestore restoreByHand(Path dataDir, Path backupFile, Clock clock) {
        if (!Files.isRegularFile(backupFile)) {
            throw new IllegalArgumentException("no such backup file: " + backupFile.getFileName());
        }
        DatabaseLock.refuseIfInUse(dataDir.resolve(DB_FILE));
        Path staging = dataDir.resolve(STAGING);
        stageAndCheck(backupFile, staging);
        String stamp = STAMP.format(clock.instant());
        Optional<String> replaced = Optional.empty();
        if (Files.exists(dataDir.resolve(DB_FILE))) {
            replaced = Optional.of(moveAside(dataDir, "replaced-" + stamp));
        }
        move(staging.resolve(DB_FILE), dataDir.resolve(DB_FILE));
        try (EditJournal journal = EditJournal.open(dataDir)) {
            Path journalAside = journal.setAside("replaced-" + stamp);
            try (Database database = Database.openFolder(dataDir)) {
                DatabaseBackups.Backup fresh = new DatabaseBackups(dataDir, clock).take(database, journal);
                return new HandRestore(replaced, journalAside.getFileName().toString(), fresh.takenAt());
            }
        }
    }

    private static RecoveryReport recover(Path dataDir, EditJournal journal, DatabaseBackups backups, Clock clock,
                                          String cause) {
        Instant now = clock.instant();
        release(dataDir);
        String setAside = Files.exists(dataDir.resolve(DB_FILE)) ? moveAside(dataDir, "damaged-" + STAMP.format(now)) : "";
        Optional<DatabaseBackups.Backup> restored = restoreNewestThatOpens(dataDir, backups.list());
        long after = restored.map(DatabaseBackups.Backup::journalSeq).orElse(0L);
        // The journal dropped its lines up to its base: those after the backup restored are lost.
        boolean editsMissing = journal.base() > after;
        // Kept whole beside the database before anything is replayed: a line that cannot be written back stays there.
        copyJournal(dataDir, "replayed-" + STAMP.format(now));
        List<JournalEntry> entries = journal.entriesAfter(after);
        JournalReplay.Result result;
        try (Database database = Database.openFolder(dataDir)) {
            result = new JournalReplay(database.jdbi()).replay(entries);
            backups.take(database, journal);
        }
        RecoveryReport report = new RecoveryReport(now, setAside, restored.map(DatabaseBackups.Backup::takenAt),
                result.applied(), result.failed(), editsMissing, cause);
        LOG.warn("Database restored: damaged file kept as {}, backup {}, {} edits replayed, {} could not be",
                setAside, restored.map(b -> b.file().getFileName().toString()).orElse("none"), result.applied(),
                result.failed());
        return report;
    }

    private static Optional<DatabaseBackups.Backup> restoreNewestThatOpens(Path dataDir, List<DatabaseBackups.Backup> all) {
        Path staging = dataDir.resolve(STAGING);
        for (DatabaseBackups.Backup backup : all) {
            try {
                stageAndCheck(backup.file(), staging);
                move(staging.resolve(DB_FILE), dataDir.resolve(DB_FILE));
                return Optional.of(backup);
            } catch (RuntimeException unreadable) {
                LOG.warn("The backup {} could not be opened ({}); trying the one before it",
                        backup.file().getFileName(), describe(unreadable));
            }
        }
        return Optional.empty();
    }

    /** Unpacks the backup into the staging folder and opens it there; throws when it does not open. */
    private static void stageAndCheck(Path backupFile, Path staging) {
        Path staged = staging.resolve(DB_FILE);
        try {
            Files.createDirectories(staging);
            Files.deleteIfExists(staged); // a copy of a backup left by an earlier attempt, never an original
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + staging.getFileName(), e);
        }
        try {
            DatabaseBackups.unpack(backupFile, staging);
            try (Database copy = openChecked(staging, null)) {
                // opened, migrated and read: usable
            }
        } catch (RuntimeException e) {
            release(staging);
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // the next attempt deletes it
            }
            throw e;
        }
    }

    /** @param journal the folder's journal, to check the database against it; null for a backup's copy */
    private static Database openChecked(Path folder, EditJournal journal) {
        Database database = Database.openFolder(folder);
        try {
            TableCheck.readEach(database);
            if (journal != null) {
                JournalCheck.confirm(database, journal);
            }
            return database;
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException alsoDamaged) {
                e.addSuppressed(alsoDamaged);
            }
            throw e;
        }
    }

    /**
     * Makes sure this process no longer holds the damaged database open: a close that failed on it
     * may have left it registered, and the fresh file would then be handed the damaged one.
     */
    private static void release(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException notOpenOrUnreadable) {
            // Either way nothing holds it any more.
        }
    }

    private static String moveAside(Path dataDir, String suffix) {
        Path aside = dataDir.resolve(DB_FILE + "." + suffix);
        move(dataDir.resolve(DB_FILE), aside);
        return aside.getFileName().toString();
    }

    private static void copyJournal(Path dataDir, String suffix) {
        Path journal = dataDir.resolve(EditJournal.FILE_NAME);
        if (!Files.exists(journal)) {
            return;
        }
        try {
            Path copy = dataDir.resolve(EditJournal.FILE_NAME + "." + suffix);
            Files.copy(journal, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of the edit journal", e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from.getFileName() + " to " + to.getFileName(), e);
        }
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}

package br.com.jttelecom.console.store.recovery;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the database in {@code <data folder>/backups/}, the last {@value #KEPT} kept.
 *
 * <p>H2's {@code BACKUP TO}, not {@code SCRIPT TO … COMPRESSION}: BACKUP copies the database file
 * into a zip while the console keeps working (nothing is locked; the copy is one consistent state
 * of the store), it is a file copy rather than a rewrite of every row as SQL (the calls table has
 * up to a million rows: a script of it took many times longer, at every exit), and the copy keeps
 * everything as it was, ids, identity positions and the history sync's cursor included, so a
 * restore needs no schema step and the sync only fetches what came after. A backup that does not
 * open is passed over at restore time for the one before it.
 *
 * <p>Each copy is written under a temporary name and moved into place, so a copy cut short by a kill
 * never looks like a backup. Its name holds the UTC time and the last edit-journal line it contains
 * ({@code jt-console-20261207T014000123Z-42.zip}): once it is in place, the journal drops those lines.
 */
public final class DatabaseBackups {

    public static final String FOLDER = "backups";
    public static final int KEPT = 7;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("jt-console-(\\d{8}T\\d{9}Z)-(\\d+)\\.zip");
    private static final String DB_FILE = Database.FILE_NAME + ".mv.db";

    /** One backup file; {@code journalSeq} is the last journal line it contains. */
    public record Backup(Path file, Instant takenAt, long journalSeq) {
    }

    private final Path folder;
    private final Clock clock;

    public DatabaseBackups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Backs the database up, then drops from the journal the lines the copy holds. The journal's
     * last line number is read before the copy starts: those edits had committed, so the copy holds
     * them; an edit committing during the copy keeps its line (replaying it again changes nothing).
     */
    public Backup take(Database database, EditJournal journal) {
        return take(database, journal, () -> { });
    }

    /** {@link #take} with {@code afterCopy} run between the copy and the journal's truncation (tests). */
    synchronized Backup take(Database database, EditJournal journal, Runnable afterCopy) {
        long seq = journal.lastSequence();
        Backup backup = copy(database, seq);
        afterCopy.run();
        prune();
        journal.truncateThrough(seq);
        return backup;
    }

    /** A copy of the database, without touching any journal (the journal's number is given). */
    public Backup copy(Database database, long journalSeq) {
        Instant now = clock.instant();
        String name = "jt-console-" + STAMP.format(now) + "-" + journalSeq + ".zip";
        Path target = folder.resolve(name);
        Path temp = folder.resolve("." + name + ".tmp");
        // In the copy too: a database that later opens without remembering this is older than what was saved.
        new SyncStateRepository(database.jdbi(), clock).put(JournalCheck.MARK, Long.toString(journalSeq));
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temp);
            // H2 creates the zip itself: made first, owner-only, so it never exists readable by others.
            Files.createFile(temp, EditJournal.ownerOnly());
            database.jdbi().useHandle(h -> h.execute("BACKUP TO ?", temp.toAbsolutePath().toString()));
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not back the database up", e);
        }
        LOG.info("Database backed up to {}", target.getFileName());
        return new Backup(target, now, journalSeq);
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(DatabaseBackups::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).thenComparing(Backup::journalSeq).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the backups", e);
        }
    }

    /** A backup file given by hand: its journal number if it has our name, else 0. */
    public static Backup describe(Path file) {
        return parse(file).orElse(new Backup(file, Instant.EPOCH, 0));
    }

    /** Writes the backup's database file as {@code <folder>/jt-console.mv.db} (the folder must not have one). */
    public static void unpack(Path backup, Path intoFolder) {
        Path target = intoFolder.resolve(DB_FILE);
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (Path.of(entry.getName()).getFileName().toString().equals(DB_FILE)) {
                    Files.createDirectories(intoFolder);
                    Files.createFile(target, EditJournal.ownerOnly());
                    try (var out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        zip.transferTo(out);
                    }
                    try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
                        written.force(true);
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the backup " + backup.getFileName(), e);
        }
        throw new IllegalArgumentException("no database in " + backup.getFileName());
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}: {}", old.file().getFileName(), e.getClass().getSimpleName());
            }
        }
    }

    private static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant at = STAMP.parse(m.group(1), Instant::from);
        return Optional.of(new Backup(file, at, Long.parseLong(m.group(2))));
    }
}

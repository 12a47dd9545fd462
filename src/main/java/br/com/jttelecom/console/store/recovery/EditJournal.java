package br.com.jttelecom.console.store.recovery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code <data folder>/edits.journal}: every committed edit of local-only data since the last
 * backup, one JSON line each, forced to the disk before the save returns to its caller. A backup
 * records the number of the last line it contains and then drops those lines
 * ({@link #truncateThrough}); what a person typed is therefore always in the latest backup or in
 * this file, and a database found damaged loses nothing ({@link DatabaseRecovery}).
 *
 * <p>The row is read and its line written under one lock, after the edit committed: two edits of
 * one row are journalled in the order of their reads, so the last line of a row holds its latest
 * state. A line that a kill cut short is the last one and is skipped when read.
 *
 * <p>The file holds notes and numbers, like the database: owner-only (0600), never logged.
 */
public final class EditJournal implements AutoCloseable {

    public static final String FILE_NAME = "edits.journal";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> LINE = new TypeReference<>() { };

    private final Path file;
    private FileChannel channel;
    /** Lines up to this number were dropped by a backup; numbering goes on from the highest seen. */
    private long base;
    private long lastSeq;

    private EditJournal(Path file) {
        this.file = file;
    }

    public static EditJournal open(Path dataDir) {
        EditJournal journal = new EditJournal(dataDir.resolve(FILE_NAME));
        try {
            Files.createDirectories(dataDir);
            journal.read();
            journal.channel = journal.openForAppend();
            journal.endTornLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the edit journal", e);
        }
        return journal;
    }

    /** From now on, every journalled write made through {@code jdbi} lands in this file. */
    public void attachTo(Jdbi jdbi) {
        jdbi.getConfig(JournalConfig.class).journal(this);
    }

    /** The number of the last line written (or dropped). */
    public synchronized long lastSequence() {
        return lastSeq;
    }

    /** Lines up to this number were dropped because a backup holds them. */
    public synchronized long base() {
        return base;
    }

    /** The lines after {@code seq}, in order. */
    public synchronized List<JournalEntry> entriesAfter(long seq) {
        try {
            return parse(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of()).stream()
                    .filter(e -> e.seq() > seq).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the edit journal", e);
        }
    }

    /**
     * Drops the lines up to {@code seq} (a backup holds them). The rest is written to a new file that
     * replaces this one atomically, so a crash leaves either file whole.
     */
    public synchronized void truncateThrough(long seq) {
        try {
            List<String> kept = new ArrayList<>();
            kept.add(JSON.writeValueAsString(Map.of("base", Math.max(base, seq))));
            for (String line : Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.<String>of()) {
                Map<String, Object> fields = parseLine(line);
                if (fields != null && fields.get("seq") instanceof Number n && n.longValue() > seq) {
                    kept.add(line);
                }
            }
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temp);
            try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    ownerOnly())) {
                out.write(ByteBuffer.wrap((String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            channel.close();
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            base = Math.max(base, seq);
            channel = openForAppend();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot truncate the edit journal", e);
        }
    }

    /**
     * Moves the file aside (kept, as {@code edits.journal.<suffix>}) and starts an empty one that
     * numbers on: for a backup restored by hand, whose later edits must not be replayed over it.
     */
    public synchronized Path setAside(String suffix) {
        try {
            channel.close();
            Path aside = file.resolveSibling(FILE_NAME + "." + suffix);
            if (Files.exists(file)) {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            base = lastSeq;
            channel = openForAppend();
            channel.write(ByteBuffer.wrap((JSON.writeValueAsString(Map.of("base", base)) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the edit journal aside", e);
        }
    }

    /** An edit waiting to be journalled: which rows to read. */
    record Pending(JournalTable table, Map<String, Object> key) {
    }

    /** Reads each edit's rows as they are now and appends their lines; returns once they are on the disk. */
    synchronized void record(Handle h, List<Pending> edits) {
        if (edits.isEmpty()) {
            return;
        }
        try {
            StringBuilder lines = new StringBuilder();
            long seq = lastSeq;
            for (Pending edit : edits) {
                lines.append(JSON.writeValueAsString(line(h, ++seq, edit))).append('\n');
            }
            channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            lastSeq = seq;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an edit for the edit journal", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the edit journal", e);
        }
    }

    private static Map<String, Object> line(Handle h, long seq, Pending edit) throws SQLException {
        List<Map<String, Object>> rows = RowImages.rows(h.getConnection(), edit.table(), edit.key());
        Map<String, List<Map<String, Object>>> children = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            for (JournalTable.Child child : edit.table().children()) {
                children.put(child.table(), RowImages.childRows(h.getConnection(), child,
                        edit.key().values().iterator().next()));
            }
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", seq);
        line.put("table", edit.table().name());
        line.put("key", edit.key());
        line.put("rows", rows);
        line.put("children", children);
        return line;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the edit journal", e);
        }
    }

    private void read() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Map<String, Object> fields = parseLine(line);
            if (fields == null) {
                continue;
            }
            if (fields.get("base") instanceof Number n) {
                base = Math.max(base, n.longValue());
            }
            if (fields.get("seq") instanceof Number n) {
                lastSeq = Math.max(lastSeq, n.longValue());
            }
        }
        lastSeq = Math.max(lastSeq, base);
    }

    /** A line a kill cut short gets its end, so that the next line starts on a line of its own. */
    private void endTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.read(last, size - 1);
        }
        if (last.get(0) != '\n') {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            channel.force(false);
        }
    }

    private FileChannel openForAppend() throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), ownerOnly());
    }

    @SuppressWarnings("unchecked")
    private static List<JournalEntry> parse(List<String> lines) {
        List<JournalEntry> entries = new ArrayList<>();
        for (String line : lines) {
            Map<String, Object> fields = parseLine(line);
            if (fields == null || !(fields.get("seq") instanceof Number seq)) {
                continue; // the base line, or the last line cut short by a kill
            }
            entries.add(new JournalEntry(seq.longValue(), JournalTable.valueOf((String) fields.get("table")),
                    (Map<String, Object>) fields.get("key"), (List<Map<String, Object>>) fields.get("rows"),
                    (Map<String, List<Map<String, Object>>>) fields.get("children")));
        }
        return entries;
    }

    private static Map<String, Object> parseLine(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(line, LINE);
        } catch (IOException torn) {
            return null;
        }
    }

    static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}

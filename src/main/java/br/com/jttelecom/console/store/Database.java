package br.com.jttelecom.console.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The console's database: opened, migrated to the latest schema, and handed out as a {@link Jdbi}.
 *
 * <p>Repositories call {@code jdbi.withHandle(...)}; JDBI reuses the thread's open handle, so
 * repository calls made inside {@link Jdbi#useTransaction} join that transaction (a sync writes
 * its rows and its cursor in one commit that way).
 *
 * <p>Instants are written as {@code TIMESTAMP WITH TIME ZONE} in UTC, truncated to microseconds
 * (the precision of both H2 and PostgreSQL), whatever the JVM's zone.
 */
public final class Database implements AutoCloseable {

    /** The file name (without H2's {@code .mv.db}) inside the data folder. */
    public static final String FILE_NAME = "jt-console";

    /**
     * H2's page cache in KB: a sixteenth of the heap, at most 64 MB (16 MB in the 256 MB heap of the
     * sync bench, 32 MB in the app's 512 MB, 64 MB from 1 GB). A fixed 64 MB made the collector the
     * largest cost of a 200k sync in 256 MB: H2 replaces cached pages on every write (copy on
     * write), the old ones pile up in the old generation and G1 ran concurrent cycles and evacuation
     * failures back to back (GC time 3.0-6.0 s with 64 MB, 1.4-2.7 s with 16 MB; bench/RESULTS.md,
     * "syncfast"). The random reads a big sync made of the phone index, the reason for 64 MB, are
     * gone: a bulk load builds that index at its end ({@link DeferredIndexes}).
     */
    static final int CACHE_KB = (int) Math.min(65_536, Runtime.getRuntime().maxMemory() / 16 / 1024);

    private final Jdbi jdbi;
    private final Runnable onClose;

    private Database(Jdbi jdbi, Runnable onClose) {
        this.jdbi = jdbi;
        this.onClose = onClose;
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> toInstant(rs.getObject(column, OffsetDateTime.class)));
    }

    /**
     * The embedded H2 file database {@code <folder>/jt-console.mv.db}, created when absent.
     * {@code DB_CLOSE_DELAY=-1} keeps it open between connections (reopening a file database on
     * every connection is slow); {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to {@link #close()}
     * rather than to a JVM shutdown hook that could run while the app is still saving.
     */
    public static Database openFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
        String file = folder.toAbsolutePath().resolve(FILE_NAME).toString();
        if (file.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a ';' in the data folder path would break the JDBC URL: " + folder);
        }
        return open(h2FileUrl(file), "sa", "");
    }

    /**
     * {@code MAX_COMPACT_TIME=0}: no file compaction when the database closes. That compaction moves
     * chunks inside the file, and a load killed with SIGKILL between such closes left, about once in
     * twenty runs of {@code SyncKillNineTest}, an index entry whose row was gone ("Row not found in
     * primary index", then lock timeouts); with it off, 40 runs in a row were clean. H2 still reuses
     * the space of freed chunks and rewrites sparse ones while it runs, so the file does not grow
     * without bound; it only no longer shrinks at exit.
     *
     * <p>{@code WRITE_DELAY=0}: a commit is written to the file before it returns. With H2's default
     * (500 ms) a commit only reached the file when the background writer next stored, and under a
     * steady load that could be seconds later: a console killed with SIGKILL lost notes and audit rows
     * it had already confirmed (docs/decisions/0040-crash-safe-store.md has the measurements).
     *
     * <p>No thread that may be in the database is ever interrupted ({@code HistorySync.close()},
     * {@code ConsoleRuntime.close()}): on a plain file an interrupt in the middle of a read or a write
     * closes the file channel for every thread and H2 shuts the database down. H2's {@code retry:} file
     * system reopens the file instead, but in the crash soak a folder opened through it could not be
     * opened again in the same JVM ("The file is locked", OverlappingFileLockException).
     */
    static String h2FileUrl(String fileWithoutExtension) {
        return "jdbc:h2:file:" + fileWithoutExtension
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0;WRITE_DELAY=0;CACHE_SIZE=" + CACHE_KB;
    }

    /**
     * Any JDBC URL. H2 URLs get a small connection pool and a {@code SHUTDOWN} on close; other
     * databases (PostgreSQL for team deployments) get plain driver connections — add a pool and
     * Flyway's {@code flyway-database-postgresql} module to the build before using one.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        FluentConfiguration flyway = flyway();
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user == null ? "sa" : user,
                    password == null ? "" : password);
            // On failure, shut the database down too: DB_CLOSE_DELAY=-1 would keep the file locked.
            Jdbi jdbi = Jdbi.create(pool);
            migrate(flyway.dataSource(pool), () -> new DeferredIndexes(jdbi).restoreBeforeMigrations(),
                    () -> shutdownQuietly(pool));
            String shutdownUser = user == null ? "sa" : user;
            String shutdownPassword = password == null ? "" : password;
            return new Database(jdbi, () -> shutdownH2(pool, jdbcUrl, shutdownUser, shutdownPassword));
        }
        migrate(flyway.dataSource(jdbcUrl, user, password), () -> 0, () -> { });
        Jdbi jdbi = user == null ? Jdbi.create(jdbcUrl) : Jdbi.create(jdbcUrl, user, password);
        return new Database(jdbi, () -> { });
    }

    /** {@link #open(String, String, String)} with the credentials, if any, inside the URL. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the database; an H2 file is flushed and released so another process may open it. */
    @Override
    public void close() {
        onClose.run();
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure()
                // SQL migrations, and the few that must look at the catalogue first (store.migration).
                .locations("classpath:db/migration", "classpath:br/com/jttelecom/console/store/migration")
                .failOnMissingLocations(true);
    }

    /**
     * Runs the migrations after {@code beforehand}: on H2 that builds the indexes a killed bulk load
     * had set aside ({@link DeferredIndexes}), so the schema the migrations see is the one they made.
     */
    private static void migrate(FluentConfiguration flyway, IntSupplier beforehand, Runnable onFailure) {
        try {
            beforehand.getAsInt();
            flyway.load().migrate();
        } catch (RuntimeException e) {
            onFailure.run();
            throw e;
        }
    }

    /**
     * SHUTDOWN on a plain connection, once the pool has let go of its own: a pooled connection rolls back
     * when it is handed back, which after SHUTDOWN fails and wrote "Database is already closed" with a
     * stack trace to the trace file at every stop.
     */
    private static void shutdownH2(JdbcConnectionPool pool, String url, String user, String password) {
        pool.dispose();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the database cleanly", e);
        }
    }

    private static void shutdownH2(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the database cleanly", e);
        } finally {
            pool.dispose();
        }
    }

    private static void shutdownQuietly(JdbcConnectionPool pool) {
        try {
            shutdownH2(pool);
        } catch (RuntimeException alreadyReported) {
            // The migration failure is the error worth reporting; this one would only hide it.
        }
    }

    public static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime toUtc(Instant value) {
        return OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Binds {@link Instant} as an {@code OffsetDateTime} in UTC: exact in both H2 and PostgreSQL. */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = toUtc(value);
            return (position, statement, ctx) -> statement.setObject(position, utc);
        }
    }
}

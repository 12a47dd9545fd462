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
     * H2's page cache in KB. Each new call touches eight B-trees (the table, the unique key and six
     * history indexes); with H2's default cache a big sync kept re-reading index pages from disk.
     * 64 MB holds the hot pages of a few million calls and fits a 256 MB heap.
     */
    static final int CACHE_KB = 65_536;

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

    static String h2FileUrl(String fileWithoutExtension) {
        return "jdbc:h2:file:" + fileWithoutExtension + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB;
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
            migrate(flyway.dataSource(pool), () -> shutdownQuietly(pool));
            return new Database(Jdbi.create(pool), () -> shutdownH2(pool));
        }
        migrate(flyway.dataSource(jdbcUrl, user, password), () -> { });
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
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }

    private static void migrate(FluentConfiguration flyway, Runnable onFailure) {
        try {
            flyway.load().migrate();
        } catch (RuntimeException e) {
            onFailure.run();
            throw e;
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

    static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime toUtc(Instant value) {
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

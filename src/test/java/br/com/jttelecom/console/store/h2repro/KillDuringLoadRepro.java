package br.com.jttelecom.console.store.h2repro;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-alone reproduction, plain JDBC and H2 only, of what a console killed with SIGKILL did to its
 * database (docs/decisions/0040-crash-safe-store.md), written the way a report to H2 would show it.
 *
 * <p>A child JVM loads pages of rows into a table with a unique key, in one transaction per page, sets an
 * index aside before the load (as a bulk load does) and builds it back at its next start, writes a small
 * "note" row after each page, and prints each key once its commit has returned. The parent SIGKILLs it
 * after a seeded number of lines, reopens the file, and counts the confirmed rows that are gone; the next
 * child first writes again the page the killed one was writing (insert, and on a duplicate key a MERGE
 * after a rollback to a savepoint). A round whose child prints nothing for 20 s is reported as wedged,
 * with a thread dump beside the database file.
 *
 * <pre>
 * java -ea -cp h2.jar:test-classes br.com.jttelecom.console.store.h2repro.KillDuringLoadRepro \
 *     /tmp/repro/db ";WRITE_DELAY=0" 22 9
 * </pre>
 * (arguments: the database file without extension, URL settings, rounds, seed).
 */
public final class KillDuringLoadRepro {

    private static final int PAGE = 200;

    private KillDuringLoadRepro() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], args.length > 2 ? args[2] : "");
        } else {
            parent(args[0], args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
        }
    }

    private static void child(String url, String resume) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Statement s = c.createStatement();
            s.execute("CREATE TABLE IF NOT EXISTS t (id BIGINT AUTO_INCREMENT PRIMARY KEY, k VARCHAR(64) UNIQUE,"
                    + " phone VARCHAR(32))");
            s.execute("CREATE TABLE IF NOT EXISTS note (id BIGINT AUTO_INCREMENT PRIMARY KEY, k VARCHAR(64))");
            s.execute("CREATE TABLE IF NOT EXISTS set_aside (name VARCHAR(64) PRIMARY KEY)");
            s.execute("CREATE INDEX IF NOT EXISTS ix_phone ON t(phone)");
            try (ResultSet d = s.executeQuery("SELECT COUNT(*) FROM set_aside")) {
                d.next();
                if (d.getLong(1) > 0) {
                    s.execute("CREATE INDEX IF NOT EXISTS ix_phone ON t(phone)");
                    s.execute("DELETE FROM set_aside");
                }
            }
            s.execute("INSERT INTO set_aside VALUES ('ix_phone')");
            s.execute("DROP INDEX IF EXISTS ix_phone");
            c.setAutoCommit(false);
            Random random = new Random();
            PreparedStatement insert = c.prepareStatement("INSERT INTO t (k, phone) VALUES (?, ?)");
            PreparedStatement merge = c.prepareStatement("MERGE INTO t (k, phone) KEY (k) VALUES (?, ?)");
            PreparedStatement note = c.prepareStatement("INSERT INTO note (k) VALUES (?)");
            for (String prefix : resume.isEmpty() ? new String[0] : resume.split(",")) {
                Savepoint before = c.setSavepoint();
                try {
                    page(insert, prefix, random);
                } catch (SQLException duplicate) {
                    insert.clearBatch();
                    c.rollback(before);
                    page(merge, prefix, random);
                }
                c.commit();
                System.out.println("resumed " + prefix);
            }
            long run = System.nanoTime();
            for (int round = 1; ; round++) {
                page(insert, run + "-" + round, random);
                c.commit();
                System.out.println("page " + run + "-" + round);
                note.setString(1, run + "-n" + round);
                note.executeUpdate();
                c.commit();
                System.out.println("note " + run + "-n" + round);
                System.out.flush();
            }
        }
    }

    private static void page(PreparedStatement ps, String prefix, Random random) throws SQLException {
        for (int i = 0; i < PAGE; i++) {
            ps.setString(1, prefix + "-" + i);
            ps.setString(2, Long.toString(random.nextLong()));
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static void parent(String file, String settings, int rounds, long seed) throws Exception {
        String url = "jdbc:h2:file:" + file + settings;
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int confirmed = 0;
        int lost = 0;
        int wedged = 0;
        String resume = "";
        for (int i = 0; i < rounds; i++) {
            Process p = new ProcessBuilder(java, "-ea", "-cp", System.getProperty("java.class.path"),
                    KillDuringLoadRepro.class.getName(), "child", url, resume)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the child is gone
                }
                lines.add("EOF");
            });
            reader.start();
            List<String> notes = new ArrayList<>();
            String lastPage = null;
            int stopAt = 5 + random.nextInt(60);
            for (int n = 0; n < stopAt; n++) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                if (line == null) {
                    wedged++;
                    Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                            Long.toString(p.pid()), "Thread.print").redirectErrorStream(true).start();
                    Files.writeString(Path.of(file + ".wedged-" + i + ".txt"),
                            new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    System.out.println("round " + i + ": wedged (no line for 20 s)");
                    break;
                }
                if (line.equals("EOF")) {
                    break;
                }
                if (line.startsWith("note ")) {
                    notes.add(line.substring(5));
                } else if (line.startsWith("page ")) {
                    lastPage = line.substring(5);
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            if (lastPage != null) {
                int dash = lastPage.lastIndexOf('-');
                resume = lastPage + "," + lastPage.substring(0, dash + 1) + (Integer.parseInt(lastPage.substring(dash + 1)) + 1);
            }
            confirmed += notes.size();
            int gone = 0;
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM note WHERE k = ?")) {
                for (String k : notes) {
                    q.setString(1, k);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        gone += rs.getLong(1) == 0 ? 1 : 0;
                    }
                }
            } catch (SQLException | RuntimeException | AssertionError e) {
                System.out.println("round " + i + ": the database did not open: " + e);
            }
            lost += gone;
            System.out.printf("round %d: %d notes confirmed, %d gone%n", i, notes.size(), gone);
        }
        System.out.printf("confirmed %d, lost %d, wedged rounds %d%n", confirmed, lost, wedged);
    }
}

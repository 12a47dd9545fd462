package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.app.wiring.CallServices;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.CrashTarget;
import br.com.jttelecom.console.service.calls.CallNotes;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.leads.ImportPreview;
import br.com.jttelecom.console.service.sync.SyncProgress;
import br.com.jttelecom.console.service.sync.SyncStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The console the crash soak kills: the real headless composition ({@link CrashTarget}) on a data folder,
 * its PBX (the parent's simulator) from the environment, then the work of one phase until SIGKILL.
 * Arguments: {@code PHASE FOLDER SEED}. Every line meant for the parent starts with {@code @} (the log's
 * warnings share stdout); each is printed only once what it reports is done:
 *
 * <ul>
 *   <li>{@code @ready MS} once the console started (database opened and migrated), {@code @open-failed CLASS}
 *       when it could not;</li>
 *   <li>{@code @page DONE TOTAL} after each history page the sync committed, {@code @synced} when a sync run
 *       completed after this start, {@code @sync-failed} when one failed;</li>
 *   <li>{@code notes}: {@code @typing EXT TEXT} before a note is handed to the service and {@code @note EXT TEXT}
 *       after the service saved it (the confirmation), {@code @note-failed EXT} when it refused;</li>
 *   <li>{@code leads}: {@code @importing TAG} before a CSV is imported, {@code @imported TAG COUNT} after;</li>
 *   <li>{@code verify}: after {@code @synced} (and one more sync, so nothing runs on the sync's thread) the
 *       console is closed cleanly, {@code @stopped}, exit 0.</li>
 * </ul>
 *
 * <p>{@code run} only runs the console (its start-up sync: the bulk first sync, the index rebuild at its end,
 * an incremental sync). {@code backup} is the hook for the database backup: see {@link #backup}.
 */
public final class CrashChild {

    /** Leads per imported file. */
    static final int LEADS_PER_FILE = 200;
    /** Bounds the work of one child; the parent kills long before. */
    private static final int MAX_ITEMS = 5_000;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Path folder = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        long began = System.nanoTime();
        Instant startedAt = Instant.now();
        CrashTarget console;
        try {
            console = CrashTarget.start(folder, System.getenv());
        } catch (Exception | LinkageError e) {
            say("@open-failed " + e.getClass().getName());
            e.printStackTrace();
            System.exit(3);
            return;
        }
        say("@ready " + (System.nanoTime() - began) / 1_000_000);
        ConsoleRuntime runtime = console.runtime();
        HistorySync sync = runtime.historySync().orElseThrow();
        CountDownLatch synced = new CountDownLatch(1);
        sync.addListener(new HistorySyncListener() {
            @Override
            public void progress(SyncProgress p) {
                say("@page " + p.done() + " " + p.total());
            }

            @Override
            public void status(SyncStatus s) {
                reportStatus(s, startedAt, synced);
            }
        });
        // The start-up sync may have ended before the listener was added.
        reportStatus(sync.status(), startedAt, synced);

        switch (phase) {
            case "run" -> waitForKill();
            case "verify" -> {
                synced.await();
                // One more run on the sync's own thread: it starts only once the first run and what follows it
                // (the lead and user matching of its end) are done, so the close below interrupts no store work.
                sync.syncNow().get(60, TimeUnit.SECONDS);
                console.close();
                say("@stopped");
                System.exit(0);
            }
            case "notes" -> typeNotes(runtime, random);
            case "leads" -> importLeads(runtime, random);
            case "backup" -> backup(console, random);
            default -> throw new IllegalArgumentException("unknown phase " + phase);
        }
        waitForKill();
    }

    private static void reportStatus(SyncStatus s, Instant startedAt, CountDownLatch synced) {
        if (s.phase() == SyncStatus.Phase.IDLE && s.lastSuccessfulSync().filter(t -> !t.isBefore(startedAt)).isPresent()
                && synced.getCount() > 0) {
            synced.countDown();
            say("@synced");
        } else if (s.phase() == SyncStatus.Phase.BACKING_OFF) {
            say("@sync-failed");
        }
    }

    /**
     * Notes typed on stored calls through the workspace's notes service, as the call panel saves them: the
     * text handed over, then flushed (focus lost); confirmed only once the flush returned.
     */
    private static void typeNotes(ConsoleRuntime runtime, Random random) {
        CallNotes notes = runtime.calls().map(CallServices::notes).orElseThrow();
        List<Map<String, Object>> calls = runtime.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id, external_call_id FROM calls ORDER BY id LIMIT 500").mapToMap().list());
        if (calls.isEmpty()) {
            say("@no-calls");
            return;
        }
        String tag = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        for (int i = 0; i < MAX_ITEMS; i++) {
            Map<String, Object> call = calls.get(random.nextInt(calls.size()));
            long id = ((Number) call.get("id")).longValue();
            String ext = (String) call.get("external_call_id");
            String text = "nota-" + tag + "-" + i;
            say("@typing " + ext + " " + text);
            try {
                notes.saveLater(id, text);
                notes.flush(id);
            } catch (RuntimeException refused) {
                say("@note-failed " + ext);
                continue;
            }
            say("@note " + ext + " " + text);
        }
    }

    /** CSV files of {@link #LEADS_PER_FILE} leads through the import service; the company column names the file. */
    private static void importLeads(ConsoleRuntime runtime, Random random) {
        for (int i = 0; i < MAX_ITEMS; i++) {
            String tag = "lote-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            StringBuilder csv = new StringBuilder("nome;empresa;telefone\n");
            for (int r = 0; r < LEADS_PER_FILE; r++) {
                csv.append(String.format(Locale.ROOT, "Cliente %d;%s;(11) 9%04d-%04d%n", r, tag,
                        random.nextInt(10_000), random.nextInt(10_000)));
            }
            say("@importing " + tag);
            ImportPreview preview = runtime.leadImport().preview(csv.toString().getBytes(StandardCharsets.UTF_8));
            int stored = runtime.leadImport().importAccepted(preview);
            say("@imported " + tag + " " + stored);
        }
    }

    /** Backups of the open database one after the other, each announced before it starts and after it ends. */
    private static void backup(CrashTarget target, Random random) {
        for (int n = 1; ; n++) {
            say("@backup-begin " + n);
            target.backUp();
            say("@backup-done " + n);
        }
    }

    private static void waitForKill() throws InterruptedException {
        new CountDownLatch(1).await(10, TimeUnit.MINUTES);
        say("@idle-timeout");
        System.exit(4);
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}

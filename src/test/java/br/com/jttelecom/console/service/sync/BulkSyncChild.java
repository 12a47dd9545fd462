package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * A bulk first sync in a JVM of its own, for {@link SyncKillNineTest} to kill with SIGKILL: the
 * folder and the record count as arguments; "page DONE TOTAL" on stdout after each committed page, then
 * "done". The simulator is {@link SyncTestSupport}'s, so the test's own simulator serves the same records.
 */
public final class BulkSyncChild {

    private BulkSyncChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        try (PbxSimulator sim = SyncTestSupport.startSimulator();
             PabxClient client = SyncTestSupport.clientOf(sim);
             Database database = Database.openFolder(folder);
             HistorySync sync = new HistorySync(client, database, SyncKillNineTest.settings(),
                     Clock.fixed(SyncTestSupport.NOW, ZoneOffset.UTC))) {
            SyncTestSupport.seed(sim, records);
            sync.addListener(new HistorySyncListener() {
                @Override
                public void progress(SyncProgress p) {
                    System.out.println("page " + p.done() + " " + p.total());
                    System.out.flush();
                }
            });
            sync.syncNow().get(2, TimeUnit.MINUTES);
            System.out.println("done");
            System.out.flush();
        }
    }
}

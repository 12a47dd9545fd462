package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import java.util.List;

/** Times single searches one by one, to find the slow kind (diagnostics for WorkspaceBench). */
final class Explain {

    private Explain() {
    }

    static void print(Database db, List<String> typed) {
        LeadRepository leads = new LeadRepository(db.jdbi());
        for (String t : typed) {
            long s = System.nanoTime();
            int n = leads.search(t, 100).size();
            System.out.printf("%-10s %4d rows %8.2f ms%n", t, n, (System.nanoTime() - s) / 1e6);
        }
    }
}

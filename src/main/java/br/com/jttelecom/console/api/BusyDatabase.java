package br.com.jttelecom.console.api;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Whether a failure is the database being busy rather than broken: a lock wait that timed out or a
 * deadlock victim (the history sync holding a page's rows while a report reads them). Such a request
 * may well succeed a moment later, so the answer is 503 with Retry-After and a sentence, not a 500.
 */
final class BusyDatabase {

    private BusyDatabase() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true; // lock timeout (SQLTimeoutException), deadlock (SQLTransactionRollbackException)
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("HYT") || sql.getSQLState().equals("40001"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

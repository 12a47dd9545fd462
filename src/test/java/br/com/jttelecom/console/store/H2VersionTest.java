package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.engine.Constants;
import org.junit.jupiter.api.Test;

/**
 * The store stays on an H2 whose commit only finalises the entries of its own undo log. H2 2.5 finalises
 * every entry of a page that carries the committing transaction's id, and transaction ids start again
 * at each open: after a SIGKILL, a new transaction committed what a dead one had left half-written (an
 * AssertionError in CommitDecisionMaker.decide under -ea, phantom index entries without it), and 2.5.252
 * lost the last confirmed commit before a kill in about 1 % of rounds. Before moving to a newer H2, run
 * {@code h2repro.KillDuringLoadRepro} and {@code bench/run crash} on it (docs/decisions/0040-crash-safe-store.md).
 */
class H2VersionTest {

    @Test
    void theStoreRunsOnTheH2LineChosenForCrashSafety() {
        assertThat(Constants.VERSION_MAJOR).isEqualTo(2);
        assertThat(Constants.VERSION_MINOR).as("H2 2.%d: see docs/decisions/0040-crash-safe-store.md", Constants.VERSION_MINOR)
                .isLessThanOrEqualTo(4);
    }
}

package br.com.jttelecom.console.service.sync;

/**
 * How far a sync run is: {@code done} records stored of {@code total} the PBX announced
 * ({@code qtd_total_resultados} of every window of the run). {@code total} may grow while the
 * run goes on, as the PBX indexes new calls.
 */
public record SyncProgress(long done, long total) {

    /** 0..1 for a progress bar. */
    public double fraction() {
        return total <= 0 ? 1.0 : Math.min(1.0, (double) done / total);
    }
}

package br.com.jttelecom.console.service.history;

/** Told how far an export got; called from the exporting thread, at most once per page. */
@FunctionalInterface
public interface ExportProgress {

    /** @param total the filter's count when the export started (rows may land meanwhile) */
    void rowsWritten(long written, long total);
}

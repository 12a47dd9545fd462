package br.com.jttelecom.console.service.history;

/** The export's page size, for tests outside the service package that need more than one page. */
public final class HistoryExportPages {

    public static final int PAGE = HistoryExport.PAGE;

    private HistoryExportPages() {
    }
}

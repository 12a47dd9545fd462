package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.pabx.ConnectionReport;
import br.com.jttelecom.console.pabx.PabxClient;

/** The connection check through the PBX client's cheap authenticated call. */
public final class PabxConnectionProbe implements ConnectionProbe {

    private final PabxClient client;

    public PabxConnectionProbe(PabxClient client) {
        this.client = client;
    }

    @Override
    public ConnectionCheck check() {
        ConnectionReport report = client.testConnection();
        return report.ok()
                ? ConnectionCheck.ok(report.latency())
                : ConnectionCheck.failed(report.message(), report.latency());
    }
}

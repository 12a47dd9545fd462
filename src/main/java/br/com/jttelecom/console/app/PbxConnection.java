package br.com.jttelecom.console.app;

import br.com.jttelecom.console.service.ConnectionCheck;
import br.com.jttelecom.console.service.ConnectionProbe;

import java.util.concurrent.Executor;

/** TEMPORARY until the client and simulator land. */
final class PbxConnection implements AutoCloseable {
    private final AppConfig config;

    private PbxConnection(AppConfig config) {
        this.config = config;
    }

    static PbxConnection open(AppConfig config, Executor executor) {
        return new PbxConnection(config);
    }

    ConnectionProbe probe() {
        return () -> ConnectionCheck.failed("pending", null);
    }

    String baseUrl() {
        return config.pabxBaseUrl();
    }

    String user() {
        return config.pabxUser();
    }

    @Override
    public void close() {
    }
}

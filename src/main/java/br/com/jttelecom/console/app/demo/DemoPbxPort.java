package br.com.jttelecom.console.app.demo;

import br.com.jttelecom.console.sim.PbxSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo PBX listens on the same loopback port from one start to the next when it can. The history
 * it synced holds recording links with that port ({@code http://127.0.0.1:PORT/suite/gravacoes/…}): on a
 * new port each start, opening an earlier call's recording failed as a network error ("verifique a
 * conexão"), a false lead. On the same port the simulator answers for itself — it makes a new history
 * each start, so an earlier call's recording is reported gone ("não existe mais no PABX"), which is
 * true in the demo's world. The port is kept in {@code demo-pbx.port} in the data folder; when it is
 * taken (or on the first start) any free port is used and remembered instead.
 */
public final class DemoPbxPort {

    static final String FILE = "demo-pbx.port";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPbxPort.class);

    private final Path file;

    /** @param dataDir {@code null}: nowhere to remember (any free port each time) */
    public DemoPbxPort(Path dataDir) {
        this.file = dataDir == null ? null : dataDir.resolve(FILE);
    }

    /** Starts the simulator on the remembered port, else on a free one, and remembers where it listens. */
    public PbxSimulator start(PbxSimulator sim) {
        int wanted = remembered();
        if (wanted > 0) {
            try {
                sim.start(wanted);
                return sim;
            } catch (UncheckedIOException taken) {
                LOG.info("Demo mode: port {} is taken; the earlier calls' recordings are out of reach this time", wanted);
            }
        }
        sim.start(0);
        remember(sim.port());
        return sim;
    }

    private int remembered() {
        if (file == null) {
            return 0;
        }
        try {
            int port = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return port > 0 && port < 65_536 ? port : 0;
        } catch (IOException | NumberFormatException none) {
            return 0; // first start, or a file nobody should have edited: any port will do
        }
    }

    private void remember(int port) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Integer.toString(port), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("Demo mode: could not remember the PBX port in {}: {}", file, e.toString());
        }
    }
}

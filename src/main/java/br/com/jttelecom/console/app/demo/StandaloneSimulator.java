package br.com.jttelecom.console.app.demo;

import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimulatorMain;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --sim-port N}: the PBX simulator alone, headless, so that {@code curl} or another tool can
 * talk to it. Runs until the process is stopped (Ctrl+C).
 */
public final class StandaloneSimulator {

    static final long DEFAULT_SEED = 42L;

    private StandaloneSimulator() {
    }

    public static int run(LaunchOptions options, PrintStream out) {
        start(options, out);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static PbxSimulator start(LaunchOptions options, PrintStream out) {
        return SimulatorMain.runStandalone(options.simPort().orElseThrow(), options.simUser().orElse(null),
                options.simToken().orElse(null), options.simSeed().orElse(DEFAULT_SEED), options.simToken().isPresent(), out);
    }
}

package br.com.jttelecom.console.sim;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Runs the simulator alone, headless, for {@code --sim-port N}: plain HTTP on 127.0.0.1, the demo
 * company seeded, an inbound call about every minute.
 */
public final class SimulatorMain {

    /** The default API user and token, documented in docs/user/demo-mode.md. */
    public static final String DEFAULT_USER = "demo";
    public static final String DEFAULT_TOKEN = "7f3e9c1a-demo-4000-8000-00000000d3m0";

    private SimulatorMain() {
    }

    /** As {@link #runStandalone(int, String, String, long, boolean)}, the token shown only when one was given. */
    public static PbxSimulator runStandalone(int port, String user, String token, long seed) {
        return runStandalone(port, user, token, seed, token != null);
    }

    /**
     * Starts the simulator and prints where it listens and which credentials it accepts. The token
     * is masked unless the person typed it on the command line ({@code tokenGiven}).
     *
     * @return the running simulator; closing it stops the server
     */
    public static PbxSimulator runStandalone(int port, String user, String token, long seed, boolean tokenGiven) {
        return runStandalone(port, user, token, seed, tokenGiven, System.out);
    }

    public static PbxSimulator runStandalone(int port, String user, String token, long seed, boolean tokenGiven,
                                      PrintStream out) {
        String u = user == null ? DEFAULT_USER : user;
        String t = token == null ? DEFAULT_TOKEN : token;
        PbxSimulator sim = PbxSimulator.builder().user(u).token(t).seed(seed).clock(SimClock.system()).build();
        sim.seedDemoCompany(seed);
        sim.start(port);
        sim.inboundTraffic(Duration.ofMinutes(1));
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(sim::close));
        String shownToken = tokenGiven ? t : new Credentials(u, t).maskedToken();
        out.println("Simulador do PABX (modo demonstração) em " + sim.baseUrl());
        out.println("  legado:  " + sim.legacyUrl());
        out.println("  usuario: " + u);
        out.println("  token:   " + shownToken);
        out.println("  semente: " + seed);
        return sim;
    }
}

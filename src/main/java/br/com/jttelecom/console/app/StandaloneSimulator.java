package br.com.jttelecom.console.app;

import java.io.PrintStream;

/** TEMPORARY until the simulator lands. */
final class StandaloneSimulator {
    private StandaloneSimulator() {
    }

    static int run(LaunchOptions options, PrintStream out) {
        return 1;
    }
}

package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.SingleInstance;
import br.com.jttelecom.console.app.launch.SingleInstanceCrashTest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stand-in for a running console in another process, for {@link SingleInstanceCrashTest}:
 * claims the single-instance socket of the given data folder, says so, and waits to be killed.
 */
public final class CrashedConsoleHolder {

    public static final String CLAIMED = "claimed";

    private CrashedConsoleHolder() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance.claim(Path.of(args[0]), new SingleInstance.Handover(Optional.empty()))
                .orElseThrow(() -> new IllegalStateException("another console holds " + args[0]));
        System.out.println(CLAIMED);
        System.out.flush();
        // Until killed: the test kills this process with SIGKILL, as a crash would, so nothing is cleaned up.
        System.in.read();
    }
}

package br.com.jttelecom.console.logging;

import java.nio.file.Path;

/**
 * Points the Logback configuration at the data folder. Must run before the first logger is
 * created, which is why {@code Main} calls it right after reading the command line.
 */
public final class LogSetup {

    /** The system property {@code logback.xml} reads for the folder of the rolling file. */
    public static final String LOG_DIR_PROPERTY = "jtconsole.logdir";

    private LogSetup() {
    }

    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }

    public static void useDataDir(Path dataDir) {
        System.setProperty(LOG_DIR_PROPERTY, logDir(dataDir).toString());
    }
}

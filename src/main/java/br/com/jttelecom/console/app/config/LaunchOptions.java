package br.com.jttelecom.console.app.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the command line asked for. Absent values fall through to the environment, the settings
 * file and the defaults (see {@link ConfigLoader}). {@code dial} is a number to offer the agent
 * (from {@code --dial} or a {@code tel:}/{@code callto:} link), never dialled without confirmation.
 */
public record LaunchOptions(
        boolean demo,
        Optional<Path> dataDir,
        Optional<String> lang,
        boolean version,
        boolean help,
        OptionalInt simPort,
        Optional<String> simUser,
        Optional<String> simToken,
        Optional<Long> simSeed,
        boolean selfTest,
        Optional<String> dial,
        OptionalInt apiPort,
        boolean headless,
        Optional<Path> restoreBackup) {

    /** Without {@code --restore-backup} (as before it existed). */
    public LaunchOptions(boolean demo, Optional<Path> dataDir, Optional<String> lang, boolean version, boolean help,
                         OptionalInt simPort, Optional<String> simUser, Optional<String> simToken,
                         Optional<Long> simSeed, boolean selfTest, Optional<String> dial, OptionalInt apiPort,
                         boolean headless) {
        this(demo, dataDir, lang, version, help, simPort, simUser, simToken, simSeed, selfTest, dial, apiPort, headless,
                Optional.empty());
    }

    /** Without the local API flags (as before they existed). */
    public LaunchOptions(boolean demo, Optional<Path> dataDir, Optional<String> lang, boolean version, boolean help,
                         OptionalInt simPort, Optional<String> simUser, Optional<String> simToken,
                         Optional<Long> simSeed, boolean selfTest, Optional<String> dial) {
        this(demo, dataDir, lang, version, help, simPort, simUser, simToken, simSeed, selfTest, dial,
                OptionalInt.empty(), false);
    }

    public static LaunchOptions none() {
        return new LaunchOptions(false, Optional.empty(), Optional.empty(), false, false,
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** True when the console must not open a window: it only prints something or runs the simulator alone. */
    public boolean headlessOnly() {
        return version || help || simPort.isPresent() || selfTest || headless || restoreBackup.isPresent();
    }
}

package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.i18n.Messages;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses the console's flags. Both {@code --flag value} and {@code --flag=value} are accepted;
 * a {@code tel:} or {@code callto:} link may come as a bare argument (that is how desktops open
 * links). Anything else is a {@link UsageException} with a sentence in Portuguese.
 */
public final class CommandLine {

    private static final List<String> LANGUAGES = List.of("pt", "en");

    private final Messages messages;

    public CommandLine(Messages messages) {
        this.messages = messages;
    }

    public LaunchOptions parse(String... args) throws UsageException {
        boolean demo = false;
        boolean version = false;
        boolean help = false;
        Optional<Path> dataDir = Optional.empty();
        Optional<String> lang = Optional.empty();
        OptionalInt simPort = OptionalInt.empty();
        Optional<String> simUser = Optional.empty();
        Optional<String> simToken = Optional.empty();
        Optional<Long> simSeed = Optional.empty();
        boolean selfTest = false;
        Optional<String> dial = Optional.empty();
        OptionalInt apiPort = OptionalInt.empty();
        boolean headless = false;
        Optional<Path> restoreBackup = Optional.empty();

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--demo" -> demo = noValue(name, inlineValue);
                case "--version", "-V" -> version = noValue(name, inlineValue);
                case "--help", "-h" -> help = noValue(name, inlineValue);
                case "--data-dir" -> {
                    String value = inlineValue != null ? inlineValue : next(args, ++i, name);
                    dataDir = Optional.of(path(name, value));
                }
                case "--lang" -> {
                    String value = inlineValue != null ? inlineValue : next(args, ++i, name);
                    if (!LANGUAGES.contains(value)) {
                        throw new UsageException(messages.get("cli.error.lang", value));
                    }
                    lang = Optional.of(value);
                }
                case "--sim-port" -> simPort = OptionalInt.of(port(name,
                        inlineValue != null ? inlineValue : next(args, ++i, name)));
                case "--sim-user" -> simUser = Optional.of(inlineValue != null ? inlineValue : next(args, ++i, name));
                case "--sim-token" -> simToken = Optional.of(inlineValue != null ? inlineValue : next(args, ++i, name));
                case "--sim-seed" -> simSeed = Optional.of(seed(name,
                        inlineValue != null ? inlineValue : next(args, ++i, name)));
                case "--self-test" -> selfTest = noValue(name, inlineValue);
                case "--api-port" -> apiPort = OptionalInt.of(port(name,
                        inlineValue != null ? inlineValue : next(args, ++i, name)));
                case "--headless" -> headless = noValue(name, inlineValue);
                case "--restore-backup" -> restoreBackup = Optional.of(path(name,
                        inlineValue != null ? inlineValue : next(args, ++i, name)));
                case "--dial" -> dial = Optional.of(dialNumber(name, inlineValue != null ? inlineValue : next(args, ++i, name)));
                default -> {
                    if (!DialUri.isDialUri(arg)) {
                        throw new UsageException(messages.get("cli.error.unknown", arg));
                    }
                    dial = Optional.of(DialUri.number(arg).orElseThrow(
                            () -> new UsageException(messages.get("cli.error.badDialUri", arg))));
                }
            }
        }
        return new LaunchOptions(demo, dataDir, lang, version, help, simPort, simUser, simToken, simSeed, selfTest, dial,
                apiPort, headless, restoreBackup);
    }

    public String usage() {
        return messages.get("cli.usage");
    }

    private boolean noValue(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(messages.get("cli.error.noValueExpected", name));
        }
        return true;
    }

    private String next(String[] args, int index, String name) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(messages.get("cli.error.missingValue", name));
        }
        return args[index];
    }

    /** The digits are judged by the running console, which can show why in its window. */
    private String dialNumber(String name, String value) throws UsageException {
        String number = value.strip();
        if (number.isEmpty() || number.length() > DialUri.MAX_LENGTH) {
            throw new UsageException(messages.get("cli.error.badNumber", name, value));
        }
        return number;
    }

    private Path path(String name, String value) throws UsageException {
        try {
            if (value.isBlank()) {
                throw new InvalidPathException(value, "blank");
            }
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(messages.get("cli.error.badPath", name, value));
        }
    }

    private int port(String name, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException(messages.get("cli.error.badPort", name, value));
    }

    private long seed(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(messages.get("cli.error.badNumber", name, value));
        }
    }
}

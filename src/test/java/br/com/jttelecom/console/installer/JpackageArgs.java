package br.com.jttelecom.console.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of installer/'s jpackage argument files ({@code @installer/linux.args}), read as jpackage
 * reads it: options and values separated by blanks, a value with blanks in double quotes.
 */
final class JpackageArgs {

    static final Path INSTALLER = Path.of("installer");

    private final List<String> tokens;

    private JpackageArgs(List<String> tokens) {
        this.tokens = tokens;
    }

    static JpackageArgs read(String fileName) {
        try {
            return new JpackageArgs(tokenize(Files.readString(INSTALLER.resolve(fileName), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the option is present (with or without a value). */
    boolean has(String option) {
        return tokens.contains(option);
    }

    /** The value after the option's first occurrence. */
    Optional<String> value(String option) {
        int at = tokens.indexOf(option);
        return at < 0 || at + 1 >= tokens.size() ? Optional.empty() : Optional.of(tokens.get(at + 1));
    }

    /** Every value of an option that may repeat ({@code --java-options}). */
    List<String> values(String option) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals(option)) {
                found.add(tokens.get(i + 1));
            }
        }
        return found;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inToken = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inToken = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inToken) {
                    out.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            out.add(current.toString());
        }
        return out;
    }
}

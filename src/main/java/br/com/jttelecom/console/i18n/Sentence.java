package br.com.jttelecom.console.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message key and its {@code {0}}-style arguments: a sentence not yet put into a language. An argument
 * that is itself {@link Localized} (a role's name, the PBX's refusal) is put into the same language first.
 */
public record Sentence(String key, Object[] args) implements Localized {

    public Sentence {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, args);
    }

    @Override
    public String in(Messages messages) {
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof Localized l ? l.in(messages) : args[i];
        }
        return messages.get(key, said);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && key.equals(s.key) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}

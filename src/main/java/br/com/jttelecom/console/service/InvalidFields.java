package br.com.jttelecom.console.service;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.i18n.Sentence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form had wrong fields: every one of them, each with its problem as a message key and arguments, so a
 * page shows all of them at once, each next to its field, in the person's language. Nothing was sent or
 * stored. {@link #getMessage()} joins the pt-BR sentences (for the local API and the logs).
 */
public final class InvalidFields extends InvalidInput {

    /** One field's problem: a message key of the bundles and its {@code {0}}-style arguments. */
    public record Problem(String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }

        /** The sentence in the language of {@code messages}. */
        public String in(Messages messages) {
            return messages.get(key, args.toArray());
        }
    }

    private final Map<String, Problem> problems;

    /** @param problems field name (the form record's component name) → its problem, in the form's order */
    public InvalidFields(Map<String, Problem> problems) {
        super(problems.values().stream().map(p -> p.in(Messages.portuguese())).collect(Collectors.joining(" ")), (Sentence) null);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem to report");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Throws when {@code problems} holds any; a form's check collects them all first. */
    public static void throwIfAny(Map<String, Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    public Map<String, Problem> problems() {
        return problems;
    }

    /** Every field's sentence, in the form's order, in the language of {@code messages}. */
    @Override
    public String in(Messages messages) {
        return problems.values().stream().map(p -> p.in(messages)).collect(Collectors.joining(" "));
    }
}

package br.com.jttelecom.console.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How lead text becomes search terms, and typed text becomes prefixes: lowercase, accents
 * removed ("São" → "sao"), split into words; phones as digit strings. Both sides go through the
 * same rules, so "joao" finds "João" and "98765" finds "+55 11 98765-4321".
 */
public final class SearchText {

    /** Longer terms are cut: nobody types 255 characters to find a lead, and the index stays small. */
    static final int MAX_TERM = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lowercase, without accents, words separated by one space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The words of the typed text, normalised; empty when there is nothing to search. */
    public static List<String> words(String typed) {
        if (typed != null && !typed.isBlank() && typed.chars().noneMatch(Character::isLetter)) {
            // A typed number, "(11) 98765-4321" or "98765 4321": one run of digits, as the phone terms are.
            String digits = typed.replaceAll("\\D", "");
            return digits.isEmpty() ? List.of() : List.of(digits);
        }
        String n = normalise(typed);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** Every term a lead is found by. */
    static Set<String> terms(String name, String company, List<String> phonesE164) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : new String[] {name, company}) {
            for (String w : words(text)) {
                terms.add(cut(w));
            }
        }
        for (String phone : phonesE164) {
            terms.addAll(phoneTerms(phone));
        }
        return terms;
    }

    /** "+5511987654321" → 5511987654321, 11987654321, 987654321 (what people type of a number). */
    static List<String> phoneTerms(String e164) {
        List<String> out = new ArrayList<>();
        String digits = e164 == null ? "" : e164.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return out;
        }
        out.add(digits);
        if (digits.startsWith("55") && digits.length() > 4) {
            String national = digits.substring(2);
            out.add(national);
            out.add(national.substring(2));
        }
        return out;
    }

    /**
     * A LIKE pattern (escape character {@code !}) matching terms that start with the word. Words
     * hold only letters and digits, so escaping is defence in depth, not a path normally taken.
     */
    static String prefixPattern(String word) {
        String w = cut(word);
        return w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String cut(String w) {
        return w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w;
    }
}

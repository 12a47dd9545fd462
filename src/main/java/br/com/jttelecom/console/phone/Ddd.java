package br.com.jttelecom.console.phone;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Brazilian area codes (DDD) in use. Kept as an explicit list, equal to the ranges of
 * libphonenumber's metadata for BR, so a wrong DDD gets its own clear message instead of a
 * generic "invalid number".
 */
final class Ddd {

    private static final Set<String> ALL = build();

    private Ddd() {
    }

    static boolean isValid(String ddd) {
        return ddd != null && ALL.contains(ddd);
    }

    /** Every DDD in ascending order, for tests and generators. */
    static List<String> all() {
        return List.copyOf(ALL);
    }

    private static Set<String> build() {
        Set<String> set = new TreeSet<>();
        // [14689][1-9]: 11–19, 41–49, 61–69, 81–89, 91–99
        for (char tens : "14689".toCharArray()) {
            for (char units = '1'; units <= '9'; units++) {
                set.add("" + tens + units);
            }
        }
        set.addAll(List.of("21", "22", "24", "27", "28"));
        set.addAll(List.of("31", "32", "33", "34", "35", "37", "38"));
        set.addAll(List.of("51", "53", "54", "55"));
        set.addAll(List.of("71", "73", "74", "75", "77", "79"));
        return set;
    }
}

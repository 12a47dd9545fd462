package br.com.jttelecom.console.phone;

import java.util.List;
import java.util.Optional;
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

    /**
     * The DDD of a DID (the account's own number, {@code 4835124536}, {@code 554835124536},
     * {@code 04835124536}): its first two digits once a country code or trunk {@code 0} is gone.
     */
    static Optional<String> ofDid(String did) {
        if (did == null) {
            return Optional.empty();
        }
        String n = did.replaceAll("\\D", "");
        if (n.startsWith("55") && (n.length() == 12 || n.length() == 13)) {
            n = n.substring(2);
        } else if (n.startsWith("0") && (n.length() == 11 || n.length() == 12)) {
            n = n.substring(1);
        }
        if (n.length() != 10 && n.length() != 11) {
            return Optional.empty();
        }
        String ddd = n.substring(0, 2);
        return isValid(ddd) ? Optional.of(ddd) : Optional.empty();
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

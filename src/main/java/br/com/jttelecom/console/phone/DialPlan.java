package br.com.jttelecom.console.phone;

import java.util.Objects;

/**
 * How this account dials: the settings that turn a number into the string the PBX wants.
 *
 * @param localDdd             the account's own area code (two digits); numbers typed without a DDD
 *                             get this one, and numbers in it are dialled as local calls
 * @param keepDddOnLocalCalls  {@code true} to dial local numbers as DDD + number (some PBX dial
 *                             plans need it), {@code false} to dial the number alone
 * @param longDistancePrefix   what goes before DDD + number for another area code; the PBX wants
 *                             {@code "0"} with no carrier code (known), a carrier may be appended
 *                             ({@code "021"}) if an account ever needs one
 * @param internationalPrefix  what goes before country code + number for numbers outside Brazil;
 *                             {@code "00"} with no carrier code is <em>assumed</em> (never seen live)
 */
public record DialPlan(
        String localDdd,
        boolean keepDddOnLocalCalls,
        String longDistancePrefix,
        String internationalPrefix) {

    /** Florianópolis (48), where JT Telecom sits: only a default, every account sets its own. */
    public static final String DEFAULT_LOCAL_DDD = "48";
    public static final String DEFAULT_LONG_DISTANCE_PREFIX = "0";
    public static final String DEFAULT_INTERNATIONAL_PREFIX = "00";

    public DialPlan {
        Objects.requireNonNull(localDdd, "localDdd");
        Objects.requireNonNull(longDistancePrefix, "longDistancePrefix");
        Objects.requireNonNull(internationalPrefix, "internationalPrefix");
        if (!Ddd.isValid(localDdd)) {
            throw new IllegalArgumentException("not a Brazilian area code (DDD): " + localDdd);
        }
        if (!longDistancePrefix.matches("0([1-9]\\d)?")) {
            throw new IllegalArgumentException("long-distance prefix must be 0 plus an optional carrier code: "
                    + longDistancePrefix);
        }
        if (!internationalPrefix.matches("00([1-9]\\d)?")) {
            throw new IllegalArgumentException("international prefix must be 00 plus an optional carrier code: "
                    + internationalPrefix);
        }
    }

    /** DDD 48, local calls without the DDD, {@code 0} for long distance, {@code 00} for international. */
    public static DialPlan defaults() {
        return local(DEFAULT_LOCAL_DDD);
    }

    /** The default plan for an account in another area code. */
    public static DialPlan local(String ddd) {
        return new DialPlan(ddd, false, DEFAULT_LONG_DISTANCE_PREFIX, DEFAULT_INTERNATIONAL_PREFIX);
    }

    public DialPlan withKeepDddOnLocalCalls(boolean keep) {
        return new DialPlan(localDdd, keep, longDistancePrefix, internationalPrefix);
    }
}

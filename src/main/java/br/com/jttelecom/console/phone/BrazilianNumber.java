package br.com.jttelecom.console.phone;

import java.util.Objects;

/**
 * A validated phone number. Made only by {@link PhoneNumbers}, so holding one means it passed
 * libphonenumber's check. Despite the name it also carries the (rare) numbers abroad: those have
 * {@link Kind#INTERNATIONAL}, an empty {@code ddd} and their national number as {@code subscriber}.
 *
 * @param e164        {@code +5548991234567}: the form stored in the database and compared for lead matching
 * @param countryCode 55 for Brazil
 * @param ddd         the two-digit area code ({@code "48"}), empty for numbers abroad
 * @param subscriber  the number after the DDD ({@code "991234567"})
 * @param kind        mobile, landline or international
 * @param display     {@code (48) 99123-4567}, or the international format for numbers abroad
 */
public record BrazilianNumber(
        String e164,
        int countryCode,
        String ddd,
        String subscriber,
        Kind kind,
        String display) {

    public static final int BRAZIL = 55;

    public enum Kind {
        /** Nine digits starting with 9. */
        MOBILE,
        /** Eight digits starting with 2 to 5. */
        LANDLINE,
        /** Outside Brazil. */
        INTERNATIONAL
    }

    public BrazilianNumber {
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(ddd, "ddd");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(display, "display");
    }

    public boolean isMobile() {
        return kind == Kind.MOBILE;
    }

    public boolean isBrazilian() {
        return kind != Kind.INTERNATIONAL;
    }

    /** DDD + subscriber ({@code 48991234567}); for numbers abroad, the national number. */
    public String nationalNumber() {
        return ddd + subscriber;
    }

    @Override
    public String toString() {
        return e164;
    }
}

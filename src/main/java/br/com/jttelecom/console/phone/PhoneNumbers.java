package br.com.jttelecom.console.phone;

import br.com.jttelecom.console.phone.BrazilianNumber.Kind;
import br.com.jttelecom.console.phone.InvalidPhoneNumber.Reason;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the phone numbers people type and the PBX writes, and builds the dial string the PBX
 * wants, following one account's {@link DialPlan}.
 *
 * <p>Accepted forms: {@code +55 48 99123-4567}, {@code 5548991234567}, {@code 048991234567},
 * {@code 0 21 48 99123-4567} (with a carrier code), {@code (48) 99123-4567}, {@code 48991234567},
 * {@code 991234567} (no DDD: the plan's local DDD), with any spaces, dots, dashes, slashes and
 * parentheses; numbers abroad as {@code +1 650 253 0000} or {@code 00 1 650 253 0000}. The
 * Brazilian rules are those of the PBX spec: strip a leading {@code 55} when 12–13 digits remain,
 * one leading {@code 0} when 11–12 remain, then require DDD + 8 or 9 digits; libphonenumber
 * (region BR) has the last word. Anything else is an {@link InvalidPhoneNumber}, never another
 * exception.
 *
 * <p>Thread-safe and cheap to share. The dial plan can be replaced while the console runs (an admin
 * saved another local DDD): each parse and each dial string reads the plan once, so one call never
 * mixes two plans, and the next call uses the new one.
 */
public final class PhoneNumbers {

    /** Longer input is not a phone number; refusing it early keeps the parser's work bounded. */
    static final int MAX_INPUT_LENGTH = 64;

    private static final String BR = "BR";
    private static final String PLAIN_INTERNATIONAL_PREFIX = "00";
    /** Country code plus national number, at the least, for a number abroad. */
    private static final int MIN_INTERNATIONAL_DIGITS = 8;
    /** E.164's own limit, country code included; libphonenumber accepts longer for a few countries (Germany). */
    private static final int MAX_E164_DIGITS = 15;
    /** 0800, 0300, 0500, 0900 + 6–7 digits: non-geographic service numbers. */
    private static final Pattern SERVICE_NUMBER = Pattern.compile("0[3589]00\\d{6,7}");
    /** The PBX writes an inbound caller as {@code 47997008385 (DID: 4835124536)}. */
    private static final Pattern PBX_DID_SUFFIX = Pattern.compile("\\s*\\(\\s*DID\\b([^)]*).*$", Pattern.CASE_INSENSITIVE);

    private volatile DialPlan plan;
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    public PhoneNumbers(DialPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public DialPlan dialPlan() {
        return plan;
    }

    /** From the next number on, numbers are read and dialled with {@code next}. */
    public void useDialPlan(DialPlan next) {
        this.plan = Objects.requireNonNull(next, "plan");
    }

    /**
     * @return the validated number
     * @throws InvalidPhoneNumber with the reason and a sentence for the person, for anything that
     *                            is not a dialable number (including {@code null})
     */
    public BrazilianNumber parse(String raw) {
        return parse(raw, null);
    }

    /**
     * {@link #parse(String)}, but a number without DDD (8 or 9 digits) takes {@code localDdd} instead of
     * the plan's: the DDD of the extension or DID of the call it came on, or of the person typing it.
     * A {@code localDdd} that is {@code null} or not an area code leaves the plan's.
     */
    public BrazilianNumber parse(String raw, String localDdd) {
        DialPlan p = plan;
        String ddd = isAreaCode(localDdd) ? localDdd : p.localDdd();
        boolean plus = raw != null && raw.strip().startsWith("+");
        String digits = TypedDigits.of(raw, MAX_INPUT_LENGTH);
        if (plus) {
            return afterCountryPrefix(digits, ddd);
        }
        for (String prefix : new String[] {p.internationalPrefix(), PLAIN_INTERNATIONAL_PREFIX}) {
            if (digits.startsWith(prefix)) {
                return afterCountryPrefix(digits.substring(prefix.length()), ddd);
            }
        }
        return national(digits, true, ddd);
    }

    /**
     * The string {@code discar_numero} wants in {@code numero_destino}: digits only, never
     * {@code +55}. Local DDD: the number alone (or DDD + number when the plan keeps the DDD);
     * another DDD: long-distance prefix + DDD + number ({@code 011999999999}). Numbers abroad:
     * international prefix + country code + national number ({@code 0016502530000}) — this form
     * is <em>assumed</em>, no live server was seen dialling abroad.
     */
    public String dialString(BrazilianNumber number) {
        Objects.requireNonNull(number, "number");
        DialPlan p = plan;
        if (!number.isBrazilian()) {
            return p.internationalPrefix() + number.countryCode() + number.subscriber();
        }
        if (number.ddd().equals(p.localDdd())) {
            return p.keepDddOnLocalCalls() ? number.nationalNumber() : number.subscriber();
        }
        return p.longDistancePrefix() + number.nationalNumber();
    }

    /** {@link #parse} then {@link #dialString(BrazilianNumber)}: what click-to-call sends. */
    public String dialString(String raw) {
        return dialString(parse(raw));
    }

    /**
     * A number as the PBX writes it in the history and online lists ({@code 011987654321},
     * {@code 47997008385}, {@code 4835124536}, {@code 47997008385 (DID: 4835124536)}), or empty
     * when the text is not a customer number: an extension ({@code odin-202}, {@code 202}), a
     * queue ({@code DID -> FILA}), an anonymous caller or a service number.
     */
    public Optional<BrazilianNumber> fromPbx(String pbxText) {
        return fromPbx(pbxText, null);
    }

    /** A number the PBX wrote, as people read it ({@code (48) 3512-4536}); text that is no customer number as it came. */
    public String displayFromPbx(String pbxText) {
        return pbxText == null ? "" : fromPbx(pbxText).map(BrazilianNumber::display).orElse(pbxText);
    }

    /**
     * {@link #fromPbx(String)} for a call on an extension whose DDD is {@code extensionDdd}
     * ({@code codigo_area}, may be {@code null}). The PBX writes local numbers without their DDD; such a
     * number takes {@code extensionDdd} (the spec's likely reading: the DDD of the extension involved),
     * else the DDD of the DID the caller dialled when the text names one ({@code 997008385 (DID:
     * 1135124536)} → 11, a queue call nobody took), else the plan's. A number with its DDD
     * ({@code 011…}, {@code 47…}) keeps it.
     */
    public Optional<BrazilianNumber> fromPbx(String pbxText, String extensionDdd) {
        if (pbxText == null) {
            return Optional.empty();
        }
        Matcher did = PBX_DID_SUFFIX.matcher(pbxText);
        String caller = pbxText;
        String ddd = extensionDdd;
        if (did.find()) {
            caller = pbxText.substring(0, did.start());
            ddd = isAreaCode(extensionDdd) ? extensionDdd : didAreaCode(did.group(1)).orElse(extensionDdd);
        }
        try {
            return Optional.of(parse(caller, ddd));
        } catch (InvalidPhoneNumber notACustomerNumber) {
            return Optional.empty();
        }
    }

    /** Whether {@code ddd} is a Brazilian area code in use ({@code "11"}, {@code "48"}). */
    public static boolean isAreaCode(String ddd) {
        return Ddd.isValid(ddd);
    }

    /**
     * The DDD of a DID (the account's own number, {@code 4835124536}, {@code 554835124536},
     * {@code 04835124536}): its first two digits once a country code or trunk {@code 0} is gone.
     */
    public static Optional<String> didAreaCode(String did) {
        return Ddd.ofDid(did);
    }

    /** Digits after {@code +} or an international prefix: a country code comes first. */
    private BrazilianNumber afterCountryPrefix(String digits, String localDdd) {
        if (digits.startsWith(String.valueOf(BrazilianNumber.BRAZIL))) {
            return national(digits.substring(2), false, localDdd);
        }
        return abroad(digits);
    }

    /**
     * DDD + number after the spec's normalisation. {@code mayCarryCountryCode} is false when a
     * {@code +55} was already removed, so a second {@code 55} is taken for DDD 55 (Rio Grande do Sul).
     */
    private BrazilianNumber national(String digits, boolean mayCarryCountryCode, String localDdd) {
        if (SERVICE_NUMBER.matcher(digits).matches()) {
            throw new InvalidPhoneNumber(Reason.SERVICE_NUMBER);
        }
        String n = digits;
        int length = n.length();
        if (mayCarryCountryCode && n.startsWith("55") && (length == 12 || length == 13)) {
            n = n.substring(2);
        } else if (n.startsWith("0") && (length == 11 || length == 12)) {
            n = n.substring(1);
        } else if (n.startsWith("0") && (length == 13 || length == 14)) {
            n = n.substring(3); // 0 + two-digit carrier code (0 21 48 …): the PBX wants none, drop it
        }
        if (n.length() < 8) {
            throw new InvalidPhoneNumber(Reason.TOO_SHORT);
        }
        if (n.length() > 11) {
            throw new InvalidPhoneNumber(Reason.TOO_LONG);
        }
        if (n.length() <= 9) {
            n = localDdd + n;
        }
        String ddd = n.substring(0, 2);
        String subscriber = n.substring(2);
        if (!Ddd.isValid(ddd)) {
            throw new InvalidPhoneNumber(Reason.BAD_DDD);
        }
        char first = subscriber.charAt(0);
        boolean mobile = subscriber.length() == 9;
        if (mobile ? first != '9' : first < '2' || first > '5') {
            throw new InvalidPhoneNumber(Reason.BAD_SUBSCRIBER);
        }
        PhoneNumber number = new PhoneNumber()
                .setCountryCode(BrazilianNumber.BRAZIL)
                .setNationalNumber(Long.parseLong(n));
        if (!util.isValidNumberForRegion(number, BR)) {
            throw new InvalidPhoneNumber(Reason.NOT_VALID);
        }
        return new BrazilianNumber("+55" + n, BrazilianNumber.BRAZIL, ddd, subscriber,
                mobile ? Kind.MOBILE : Kind.LANDLINE, display(ddd, subscriber));
    }

    /** {@code (48) 99123-4567} / {@code (48) 3512-4536}: how Brazilians write numbers. */
    private static String display(String ddd, String subscriber) {
        int split = subscriber.length() - 4;
        return "(" + ddd + ") " + subscriber.substring(0, split) + "-" + subscriber.substring(split);
    }

    private BrazilianNumber abroad(String digits) {
        PhoneNumber number;
        try {
            number = util.parse("+" + digits, "ZZ");
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber(switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> Reason.UNKNOWN_COUNTRY;
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> Reason.TOO_SHORT;
                case TOO_LONG -> Reason.TOO_LONG;
                case NOT_A_NUMBER -> Reason.NOT_A_NUMBER;
            });
        }
        if (!util.isValidNumber(number)) {
            throw new InvalidPhoneNumber(Reason.NOT_VALID);
        }
        String e164 = util.format(number, PhoneNumberFormat.E164);
        // Some countries have valid 5–6 digit service numbers (Norway's +47 02000): a call centre dials
        // subscribers, and the PBX's long-distance rules assume at least 8 digits.
        if (e164.length() - 1 < MIN_INTERNATIONAL_DIGITS) {
            throw new InvalidPhoneNumber(Reason.TOO_SHORT);
        }
        // Found by PhoneNumbersPropertiesTest: "+49 0201 00000000000" was "valid" with 16 digits, which no
        // carrier routes and no E.164 field holds.
        if (e164.length() - 1 > MAX_E164_DIGITS) {
            throw new InvalidPhoneNumber(Reason.TOO_LONG);
        }
        return new BrazilianNumber(
                e164,
                number.getCountryCode(),
                "",
                util.getNationalSignificantNumber(number),
                Kind.INTERNATIONAL,
                util.format(number, PhoneNumberFormat.INTERNATIONAL));
    }
}

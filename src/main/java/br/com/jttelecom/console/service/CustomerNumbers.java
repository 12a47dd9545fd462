package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The customer's number of a call as the store keeps it: E.164 when it reads as a phone number
 * ({@code 047969093960}, {@code 4134327021 (DID: 4835124536)} → {@code +5547969093960}, …), else
 * as the PBX wrote it (an extension, a queue, "anonymous"), so nothing the PBX said is lost. Lead
 * matching and the history's phone filter compare E.164 strings, so a synced call must be in the
 * same form as a lead's phones and a dialled call.
 *
 * <p>Remembers the numbers it has read (a call centre's history repeats the same numbers day after
 * day; libphonenumber's parse is the expensive part), up to {@link #REMEMBERED} of them. Not
 * thread-safe: one per sync run, used by that run's fetch thread.
 */
final class CustomerNumbers {

    static final int REMEMBERED = 50_000;

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private final PhoneNumbers phones;
    private final Map<String, String> read = new HashMap<>();

    CustomerNumbers(PhoneNumbers phones) {
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    /** {@code call} with its number in the stored form (the same instance when it already is). */
    Call stored(Call call) {
        String raw = call.phoneNumber();
        String kept = stored(raw);
        return Objects.equals(kept, raw) ? call : call.withPhoneNumber(kept);
    }

    /** E.164 when {@code pbxText} is a phone number, else {@code pbxText} itself ({@code null} stays null). */
    String stored(String pbxText) {
        if (pbxText == null || E164.matcher(pbxText).matches()) {
            return pbxText; // nothing to read, or already E.164 (the console's own dials)
        }
        String known = read.get(pbxText);
        if (known != null) {
            return known;
        }
        String e164 = phones.fromPbx(pbxText).map(BrazilianNumber::e164).orElse(pbxText);
        if (read.size() >= REMEMBERED) {
            read.clear(); // a fresh start beats tracking age: the recent numbers come back in a few pages
        }
        read.put(pbxText, e164);
        return e164;
    }
}

package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
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
 * <p>The PBX writes local numbers without their DDD. Such a number takes the DDD of the DID the caller
 * dialled (when the PBX names it), else of the call's extension ({@code codigo_area}, {@link AreaCodes}),
 * else the account's dial plan's: an extension in São Paulo makes local calls to São Paulo numbers,
 * whatever the account's own DDD is. A number with its DDD ({@code 011…}) keeps it.
 *
 * <p>Remembers the numbers it has read (a call centre's history repeats the same numbers day after
 * day; libphonenumber's parse is the expensive part), up to {@link #REMEMBERED} of them. Not
 * thread-safe: one per sync run, used by that run's fetch thread.
 */
final class CustomerNumbers {

    static final int REMEMBERED = 50_000;

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private final PhoneNumbers phones;
    private final AreaCodes areaCodes;
    private final Map<String, String> read = new HashMap<>();

    /** Numbers without DDD take the dial plan's (no extension is known). */
    CustomerNumbers(PhoneNumbers phones) {
        this(phones, AreaCodes.none());
    }

    CustomerNumbers(PhoneNumbers phones, AreaCodes areaCodes) {
        this.phones = Objects.requireNonNull(phones, "phones");
        this.areaCodes = Objects.requireNonNull(areaCodes, "areaCodes");
    }

    /** {@code call} with its number in the stored form (the same instance when it already is). */
    Call stored(Call call) {
        String raw = call.phoneNumber();
        String kept = stored(raw, areaCodes.dddOf(call.extension()));
        return Objects.equals(kept, raw) ? call : call.withPhoneNumber(kept);
    }

    /**
     * {@link #stored(Call)} for a call read from {@code record}: an inbound caller on a DID
     * ({@code 997008385 (DID: 1135124536)}) takes the DID's DDD, which the mapped call no longer carries.
     */
    Call stored(Call call, HistoryRecord record) {
        String origin = record == null ? null : record.origem();
        if (call.direction() == Direction.INBOUND && origin != null && origin.contains("DID")
                && call.phoneNumber() != null && !E164.matcher(call.phoneNumber()).matches()) {
            String e164 = stored(origin, areaCodes.dddOf(call.extension()));
            if (E164.matcher(e164).matches()) {
                return call.withPhoneNumber(e164);
            }
        }
        return stored(call);
    }

    /** E.164 when {@code pbxText} is a phone number, else {@code pbxText} itself ({@code null} stays null). */
    String stored(String pbxText) {
        return stored(pbxText, null);
    }

    /**
     * {@link #stored(String)} for a call whose extension has {@code extensionDdd} ({@code null}: not known),
     * which a number without DDD takes.
     */
    String stored(String pbxText, String extensionDdd) {
        if (pbxText == null || E164.matcher(pbxText).matches()) {
            return pbxText; // nothing to read, or already E.164 (the console's own dials)
        }
        String key = extensionDdd == null ? pbxText : extensionDdd + '|' + pbxText;
        String known = read.get(key);
        if (known != null) {
            return known;
        }
        String e164 = phones.fromPbx(pbxText, extensionDdd).map(BrazilianNumber::e164).orElse(pbxText);
        if (read.size() >= REMEMBERED) {
            read.clear(); // a fresh start beats tracking age: the recent numbers come back in a few pages
        }
        read.put(key, e164);
        return e164;
    }
}

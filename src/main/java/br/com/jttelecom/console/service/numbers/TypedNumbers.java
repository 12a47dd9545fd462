package br.com.jttelecom.console.service.numbers;

import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers a person types (Histórico's number filter, a lead's phones, "vincular número"): one typed
 * without DDD ({@code 99016-9921}) is local to whoever types it, so it takes the DDD of the signed-in
 * person's linked extension ({@code codigo_area}, {@link AreaCodes}), else the account's dial plan's.
 * Asked at each read, so signing in as someone else, or a new directory listing, counts at once.
 */
public final class TypedNumbers {

    private final PhoneNumbers phones;
    private final Session session;
    private final ExtensionLinkRepository links;
    private final AreaCodes areaCodes;

    public TypedNumbers(PhoneNumbers phones, Session session, ExtensionLinkRepository links, AreaCodes areaCodes) {
        this.phones = Objects.requireNonNull(phones, "phones");
        this.session = session;
        this.links = links;
        this.areaCodes = Objects.requireNonNull(areaCodes, "areaCodes");
    }

    /** Only the dial plan's DDD: no one is signed in, or no extension is known. */
    public static TypedNumbers of(PhoneNumbers phones) {
        return new TypedNumbers(phones, null, null, AreaCodes.none());
    }

    /** The DDD of the signed-in person's extension, when they have one and its DDD is known. */
    public Optional<String> localDdd() {
        if (session == null || links == null) {
            return Optional.empty();
        }
        return session.user().flatMap(u -> links.extensionOf(u.id())).flatMap(areaCodes::of);
    }

    /** @throws InvalidPhoneNumber when the text is not a dialable number */
    public BrazilianNumber parse(String typed) {
        return phones.parse(typed, localDdd().orElse(null));
    }

    /** The E.164 form of the typed number, empty when it is not a phone number. */
    public Optional<String> e164(String typed) {
        try {
            return Optional.of(parse(typed).e164());
        } catch (InvalidPhoneNumber notANumber) {
            return Optional.empty();
        }
    }
}

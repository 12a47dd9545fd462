package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns typed lead data into a valid {@link Lead}, or says what is wrong with each field. Shared by the form and the CSV import. */
public final class LeadValidator {

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[,;/|\\n\\r]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final TypedNumbers phoneNumbers;
    private final Messages messages;

    /** Phones without DDD take the dial plan's. */
    public LeadValidator(PhoneNumbers phoneNumbers, Messages messages) {
        this(TypedNumbers.of(phoneNumbers), messages);
    }

    /** @param phoneNumbers reads the typed phones: one without DDD takes the signed-in person's extension's */
    public LeadValidator(TypedNumbers phoneNumbers, Messages messages) {
        this.phoneNumbers = phoneNumbers;
        this.messages = messages;
    }

    /**
     * @return the lead with trimmed text and E.164 phones (duplicates dropped)
     * @throws InvalidLead with a sentence for every wrong field
     */
    public Lead validate(LeadForm form) {
        Map<LeadField, String> problems = new EnumMap<>(LeadField.class);
        String name = trim(form.name());
        if (name == null) {
            problems.put(LeadField.NAME, messages.get("leads.error.name.required"));
        }
        List<String> phones = new ArrayList<>();
        String phoneProblem = phones(form.phonesText(), phones);
        if (phoneProblem != null) {
            problems.put(LeadField.PHONES, phoneProblem);
        }
        String email = trim(form.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put(LeadField.EMAIL, messages.get("leads.error.email.invalid", email));
        }
        if (!problems.isEmpty()) {
            throw new InvalidLead(problems);
        }
        return new Lead(form.id(), name, trim(form.company()), phones, email, form.stage(), form.ownerUserId(),
                null, form.nextCallbackAt(), trim(form.notes()));
    }

    /** Parses every number of the text into {@code out}; returns the sentence for the first bad one, or null. */
    private String phones(String text, List<String> out) {
        Set<String> unique = new LinkedHashSet<>();
        for (String part : PHONE_SEPARATORS.split(text == null ? "" : text)) {
            if (part.isBlank()) {
                continue;
            }
            try {
                unique.add(phoneNumbers.parse(part).e164());
            } catch (InvalidPhoneNumber e) {
                return messages.get("leads.error.phone.invalid", part.strip(), e.localizedMessage(messages));
            }
        }
        if (unique.isEmpty()) {
            return messages.get("leads.error.phone.required");
        }
        out.addAll(unique);
        return null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

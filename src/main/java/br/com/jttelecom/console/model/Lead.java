package br.com.jttelecom.console.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person or company an agent calls.
 *
 * @param id             {@code null} until stored
 * @param phones         E.164 numbers, the main one first; never empty once validated
 * @param ownerUserId    the console user who owns the lead, or {@code null}
 * @param lastCallAt     the start of the latest call matched to the lead (derived from the calls, read-only)
 * @param nextCallbackAt when the agent promised to call back, or {@code null}
 */
public record Lead(
        Long id,
        String name,
        String company,
        List<String> phones,
        String email,
        LeadStage stage,
        Long ownerUserId,
        Instant lastCallAt,
        Instant nextCallbackAt,
        String notes) {

    public Lead {
        phones = phones == null ? List.of() : List.copyOf(phones);
        stage = Objects.requireNonNullElse(stage, LeadStage.NEW);
    }

    /** A new, unsaved lead with only what the form or an import row gives. */
    public static Lead draft(String name, String company, List<String> phones, String email) {
        return new Lead(null, name, company, phones, email, LeadStage.NEW, null, null, null, null);
    }

    public Lead withId(Long value) {
        return new Lead(value, name, company, phones, email, stage, ownerUserId, lastCallAt, nextCallbackAt, notes);
    }

    /** The main phone, or {@code null} when none. */
    public String mainPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }
}

package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import java.time.Instant;
import java.util.List;

/**
 * What the person typed in the lead form, as typed: {@link Leads#save} validates and normalises it.
 *
 * @param id         {@code null} for a new lead
 * @param phonesText one or more numbers, separated by commas, semicolons, slashes or new lines
 */
public record LeadForm(
        Long id,
        String name,
        String company,
        String phonesText,
        String email,
        LeadStage stage,
        Long ownerUserId,
        Instant nextCallbackAt,
        String notes) {

    /** An empty form for a new lead. */
    public static LeadForm empty() {
        return new LeadForm(null, "", "", "", "", LeadStage.NEW, null, null, "");
    }

    /** A new-lead form with only this phone filled in ("criar lead" from an unknown caller). */
    public static LeadForm forPhone(String phone) {
        return new LeadForm(null, "", "", phone == null ? "" : phone, "", LeadStage.NEW, null, null, "");
    }

    /** The form to edit a stored lead, phones one per line as the person sees them. */
    public static LeadForm of(Lead lead, List<String> displayPhones) {
        return new LeadForm(lead.id(), lead.name(), nz(lead.company()), String.join("\n", displayPhones), nz(lead.email()),
                lead.stage(), lead.ownerUserId(), lead.nextCallbackAt(), nz(lead.notes()));
    }

    public LeadForm withName(String value) {
        return new LeadForm(id, value, company, phonesText, email, stage, ownerUserId, nextCallbackAt, notes);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who creates and changes leads: a lead created in the console (form, call, CSV import) belongs to the
 * person who created it unless the form names an owner, so "Responsável" is never empty for new work;
 * every create, edit and import is written to the audit trail, naming the lead, never its phones.
 */
public final class LeadAuthors {

    static final String CREATE = "lead.criar";
    static final String EDIT = "lead.alterar";
    static final String IMPORT = "lead.importar";

    private static final LeadAuthors NONE = new LeadAuthors(null, null);

    private final Session session;
    private final AuditTrail audit;

    public LeadAuthors(Session session, AuditTrail audit) {
        this.session = session;
        this.audit = audit;
    }

    /** Leads stored without an author (tools and tests that work below the console's sessions). */
    public static LeadAuthors none() {
        return NONE;
    }

    /** The form, owned by the signed-in person when it is a new lead with no owner named. */
    public LeadForm owned(LeadForm form) {
        if (form.id() != null || form.ownerUserId() != null) {
            return form;
        }
        Optional<Long> author = signedIn();
        return author.map(id -> new LeadForm(null, form.name(), form.company(), form.phonesText(), form.email(),
                form.stage(), id, form.nextCallbackAt(), form.notes())).orElse(form);
    }

    /** The lead, owned by the signed-in person when it has no owner (an import row). */
    public Lead owned(Lead lead) {
        if (lead.ownerUserId() != null) {
            return lead;
        }
        return signedIn().map(id -> new Lead(lead.id(), lead.name(), lead.company(), lead.phones(), lead.email(),
                lead.stage(), id, lead.lastCallAt(), lead.nextCallbackAt(), lead.notes())).orElse(lead);
    }

    /** Writes the save to the audit trail: a creation, or an edit with the names of the fields it changed. */
    public void saved(Optional<Lead> before, Lead after) {
        if (audit == null) {
            return;
        }
        String target = target(after);
        if (before.isEmpty()) {
            audit.record(CREATE, target, AuditTrail.OK, null);
        } else {
            List<String> changed = changedFields(before.get(), after);
            audit.record(EDIT, target, AuditTrail.OK, changed.isEmpty() ? null : String.join(", ", changed));
        }
    }

    /** Writes a CSV import to the audit trail: the file's name and how many leads it added. */
    public void imported(String fileName, int count) {
        if (audit != null) {
            audit.record(IMPORT, Objects.requireNonNullElse(fileName, "-"), AuditTrail.OK, String.valueOf(count));
        }
    }

    private Optional<Long> signedIn() {
        return session == null ? Optional.empty() : session.user().map(ConsoleUser::id);
    }

    private static String target(Lead lead) {
        return lead.name() + " (nº " + lead.id() + ")";
    }

    /** Stable field codes, so the trail reads the same in any language and a filter can find them. */
    static List<String> changedFields(Lead before, Lead after) {
        List<String> changed = new ArrayList<>();
        add(changed, "nome", before.name(), after.name());
        add(changed, "empresa", before.company(), after.company());
        add(changed, "telefones", before.phones(), after.phones());
        add(changed, "email", before.email(), after.email());
        add(changed, "etapa", before.stage(), after.stage());
        add(changed, "responsavel", before.ownerUserId(), after.ownerUserId());
        add(changed, "retorno", before.nextCallbackAt(), after.nextCallbackAt());
        add(changed, "notas", blankToNull(before.notes()), blankToNull(after.notes()));
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        Object b = before instanceof String s ? blankToNull(s) : before;
        Object a = after instanceof String s ? blankToNull(s) : after;
        if (!Objects.equals(b, a)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.i18n.Localized;
import br.com.jttelecom.console.i18n.Sentence;
import java.util.OptionalLong;

/** The result of walking the audit chain: intact, or the first row where it breaks and why. */
public record AuditVerification(boolean intact, long checkedRows, OptionalLong brokenRowId, Localized problem) {

    static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, OptionalLong.empty(), Sentence.of("audit.verify.intact"));
    }

    /** @param why {@code audit.broken.<why>} with the row's number */
    static AuditVerification broken(long rowId, String why) {
        return new AuditVerification(false, 0, OptionalLong.of(rowId),
                Sentence.of("audit.broken", Sentence.of("audit.broken." + why, rowId)));
    }
}

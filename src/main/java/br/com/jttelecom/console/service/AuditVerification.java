package br.com.jttelecom.console.service;

import java.util.OptionalLong;

/** The result of walking the audit chain: intact, or the first row where it breaks and why (pt-BR). */
public record AuditVerification(boolean intact, long checkedRows, OptionalLong brokenRowId, String problem) {

    static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, OptionalLong.empty(), "");
    }

    static AuditVerification broken(long rowId, String problem) {
        return new AuditVerification(false, 0, OptionalLong.of(rowId), "Trilha adulterada: " + problem + ".");
    }
}

package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Lead;
import java.util.List;

/**
 * What a CSV file would import, before anything is stored.
 *
 * @param charset   the file's encoding as detected ("UTF-8" or "windows-1252")
 * @param separator {@code ;} or {@code ,}
 * @param accepted  the rows that become leads
 * @param rejected  the rows left out, each with why
 */
public record ImportPreview(String charset, char separator, List<Accepted> accepted, List<Rejected> rejected) {

    public ImportPreview {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** A row that becomes this lead; {@code line} is the file's line number. */
    public record Accepted(int line, Lead lead) {
    }

    /** A row left out: its line number, its text as in the file, and the reason in the console's language. */
    public record Rejected(int line, String text, String reason) {
    }
}

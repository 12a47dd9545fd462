package br.com.jttelecom.console.ui.leads;

import java.util.List;

/**
 * A line of the leads table, already formatted for the screen (built off the FX thread).
 *
 * @param phones        E.164, what "Ligar" sends
 * @param phonesDisplay the same numbers as people read them, same order
 */
public record LeadRow(
        long id,
        String name,
        String company,
        List<String> phones,
        List<String> phonesDisplay,
        String stage,
        String owner,
        String lastCall,
        String nextCallback) {

    public LeadRow {
        phones = List.copyOf(phones);
        phonesDisplay = List.copyOf(phonesDisplay);
    }

    /** The main phone (E.164), or null when the lead has none. */
    public String mainPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }
}

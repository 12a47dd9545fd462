package br.com.jttelecom.console.ui.leads;

/** One opportunity in the lead card: its id (to dial about it) and its text with its call figures. */
public record OpportunityLine(long id, String text) {

    @Override
    public String toString() {
        return text;
    }
}

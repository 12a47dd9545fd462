package br.com.jttelecom.console.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a lead search and how many leads match in all, when that is known: a broad prefix ("a") over many
 * thousands of leads is answered without counting them (see the search's plans), and then only the page is known.
 */
public record LeadPage(List<LeadSummary> leads, OptionalLong total) {

    public LeadPage {
        leads = List.copyOf(leads);
    }
}

package br.com.jttelecom.console.ui.history;

import java.util.List;
import java.util.Optional;

/**
 * The names the history's agent and lead filters offer: the agents whose calls the signed-in person may see,
 * and the leads whose name starts with what is typed. Each is read off the FX thread.
 */
public interface HistoryChoices {

    /** The console users whose calls the signed-in person may see, by name; empty for an agent (their own only). */
    List<FilterChoice> agents();

    /** Leads whose name or company matches what is typed, at most {@code limit}. */
    List<FilterChoice> leadsMatching(String typed, int limit);

    /** The name of a lead a saved filter names by id. */
    Optional<String> leadName(long leadId);

    /** No names to offer (a history without users or leads around it). */
    static HistoryChoices none() {
        return new HistoryChoices() {
            @Override
            public List<FilterChoice> agents() {
                return List.of();
            }

            @Override
            public List<FilterChoice> leadsMatching(String typed, int limit) {
                return List.of();
            }

            @Override
            public Optional<String> leadName(long leadId) {
                return Optional.empty();
            }
        };
    }
}

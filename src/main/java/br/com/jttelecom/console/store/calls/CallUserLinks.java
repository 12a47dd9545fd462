package br.com.jttelecom.console.store.calls;

import org.jdbi.v3.core.Jdbi;

import java.util.Objects;

/**
 * Gives each stored call the console user behind its extension ({@code extension_link}). The PBX's
 * history names extensions and operators, not console users: this is what lets an agent see their
 * own calls and a supervisor their team's. Only calls without a user are touched, so it is
 * idempotent and never overrides a call the console itself attributed.
 */
public final class CallUserLinks {

    private final Jdbi jdbi;

    public CallUserLinks(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** @return how many calls got their user */
    public int attributeByExtension() {
        return CallWalks.run("linking calls to their users", () -> jdbi.withHandle(h -> h.createUpdate("""
                UPDATE calls SET user_id = (SELECT l.user_id FROM extension_link l WHERE l.extension = calls.extension)
                WHERE user_id IS NULL
                  AND extension IS NOT NULL
                  AND EXISTS (SELECT 1 FROM extension_link l WHERE l.extension = calls.extension)
                """).execute()));
    }
}

package br.com.jttelecom.console.store.calls;

/** What a batch upsert did: new rows, changed rows, and records that changed nothing. */
public record UpsertCounts(int inserted, int updated, int unchanged) {

    public int total() {
        return inserted + updated + unchanged;
    }
}

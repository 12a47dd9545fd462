package br.com.jttelecom.console.store.recovery;

import java.util.List;
import java.util.Map;

/**
 * One line of the edit journal: the rows of {@code table} selected by {@code key} as they were
 * after the edit committed (none: the row was deleted), with their child rows.
 *
 * @param seq      the line's number, increasing; a backup records the last one it contains
 * @param key      column → value; empty for a table journalled whole
 * @param rows     column → value, at most one row for a keyed table
 * @param children child table → its rows belonging to the key
 */
public record JournalEntry(long seq, JournalTable table, Map<String, Object> key, List<Map<String, Object>> rows,
                           Map<String, List<Map<String, Object>>> children) {
}

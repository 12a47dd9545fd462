package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A small thread-safe table of PBX records kept exactly as the PBX sends them (string values),
 * keyed by a numeric id field such as {@code ramal_id} or {@code did_id}. Callers get copies.
 */
final class RecordTable {

    private final String idField;
    private final TreeMap<Long, ObjectNode> rows = new TreeMap<>();
    private long nextId;

    RecordTable(String idField, long firstId) {
        this.idField = idField;
        this.nextId = firstId;
    }

    String idField() {
        return idField;
    }

    synchronized long insert(ObjectNode row) {
        long id = nextId++;
        ObjectNode copy = row.deepCopy();
        copy.put(idField, Long.toString(id));
        rows.put(id, copy);
        return id;
    }

    synchronized Optional<ObjectNode> get(long id) {
        return Optional.ofNullable(rows.get(id)).map(ObjectNode::deepCopy);
    }

    synchronized boolean replace(long id, ObjectNode row) {
        if (!rows.containsKey(id)) {
            return false;
        }
        ObjectNode copy = row.deepCopy();
        copy.put(idField, Long.toString(id));
        rows.put(id, copy);
        return true;
    }

    synchronized boolean delete(long id) {
        return rows.remove(id) != null;
    }

    synchronized List<ObjectNode> list(Predicate<ObjectNode> filter) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode row : rows.values()) {
            if (filter.test(row)) {
                out.add(row.deepCopy());
            }
        }
        return out;
    }

    synchronized Optional<ObjectNode> find(Predicate<ObjectNode> filter) {
        return rows.values().stream().filter(filter).findFirst().map(ObjectNode::deepCopy);
    }

    synchronized int size() {
        return rows.size();
    }
}

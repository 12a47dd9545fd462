package br.com.jttelecom.console.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the children of one data folder confirmed, read from their {@code @} lines in order: the last note
 * the service saved on each call (and the one typed after it, which may or may not have reached the store
 * when the child died), and the lead files imported (and the one under way).
 */
final class CrashLedger {

    /** The confirmed note of a call and the texts typed after it, not confirmed. */
    static final class Note {
        String confirmed;
        final Set<String> typedSince = new HashSet<>();

        /** Whether {@code stored} is what the confirmations allow. */
        boolean holds(String stored) {
            return confirmed == null || confirmed.equals(stored) || typedSince.contains(stored);
        }
    }

    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, Integer> imported = new HashMap<>();
    private final Set<String> importing = new HashSet<>();
    private int confirmedNotes;

    /** Takes in every line one child printed, in order. */
    void read(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "@typing" -> notes.computeIfAbsent(f[1], k -> new Note()).typedSince.add(f[2]);
                case "@note" -> {
                    Note n = notes.computeIfAbsent(f[1], k -> new Note());
                    n.confirmed = f[2];
                    n.typedSince.clear();
                    confirmedNotes++;
                }
                case "@importing" -> importing.add(f[1]);
                case "@imported" -> {
                    importing.remove(f[1]);
                    imported.put(f[1], Integer.parseInt(f[2]));
                }
                default -> {
                    // progress lines: not a confirmation
                }
            }
        }
    }

    Map<String, Note> notes() {
        return notes;
    }

    /** Confirmed lead files and the leads each stored. */
    Map<String, Integer> imported() {
        return imported;
    }

    /** Files whose import began and was not confirmed: all of their leads or none may be stored. */
    Set<String> importing() {
        return importing;
    }

    int confirmedNotes() {
        return confirmedNotes;
    }
}

package br.com.jttelecom.console.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the crash soak counted, and a line for every kill that broke something (its life, phase and seeds). */
final class CrashReport {

    private final Map<CrashSoak.Phase, Integer> kills = new EnumMap<>(CrashSoak.Phase.class);
    private final List<String> events = new ArrayList<>();
    private final Set<String> notesLost = new LinkedHashSet<>();
    private final Set<String> importsBroken = new LinkedHashSet<>();
    /** The most duplicates each life's checks found (a duplicate stays until something removes it). */
    private final Map<Integer, Long> duplicatesByLife = new HashMap<>();
    private int brokenOpens;
    private int wedged;
    private int restores;
    private int stalls;
    private int inexact;
    private int storeErrors;
    int rebuildCaught;
    int progressChecks;
    int confirmedNotes;
    long finalMissing = -1;
    long finalExtra = -1;
    double seconds;

    void killed(CrashSoak.Phase phase) {
        kills.merge(phase, 1, Integer::sum);
    }

    void brokenOpen(String what) {
        brokenOpens++;
        event("BROKEN OPEN " + what);
    }

    void restored(String what) {
        restores++;
        brokenOpens++;
        event("RESTORED " + what);
    }

    void wedged(String what) {
        wedged++;
        event("WEDGED " + what);
    }

    void stall(String what) {
        stalls++;
        event("STALL " + what);
    }

    void storeError(String what) {
        storeErrors++;
        event("STORE ERROR " + what);
    }

    void inexact(String what) {
        inexact++;
        event("INEXACT " + what);
    }

    void duplicates(int life, long found, String who) {
        if (found > duplicatesByLife.getOrDefault(life, 0L)) {
            duplicatesByLife.put(life, found);
            event("DUPLICATES " + found + " after " + who);
        }
    }

    void noteLost(String who, String note) {
        if (notesLost.add(note)) {
            event("NOTE LOST " + note + " after " + who);
        }
    }

    void importBroken(String who, String file) {
        if (importsBroken.add(file)) {
            event("IMPORT BROKEN " + file + " after " + who);
        }
    }

    void event(String line) {
        events.add(line);
    }

    void finalExact(long[] missingExtra) {
        finalMissing = missingExtra[0];
        finalExtra = missingExtra[1];
    }

    int kills() {
        return kills.values().stream().mapToInt(Integer::intValue).sum();
    }

    int killsIn(CrashSoak.Phase phase) {
        return kills.getOrDefault(phase, 0);
    }

    int brokenOpens() {
        return brokenOpens;
    }

    int wedged() {
        return wedged;
    }

    int notesLost() {
        return notesLost.size();
    }

    long duplicates() {
        return duplicatesByLife.values().stream().mapToLong(Long::longValue).sum();
    }

    int restores() {
        return restores;
    }

    int importsBroken() {
        return importsBroken.size();
    }

    /** Children that met errors of the store itself while they ran (see {@link CrashChecks#storeErrorInLog}). */
    int storeErrors() {
        return storeErrors;
    }

    int inexactChecks() {
        return inexact;
    }

    List<String> events() {
        return List.copyOf(events);
    }

    /** The six figures, then the others, then the events, as {@code metric value unit} and {@code #} lines. */
    void print(PrintStream out) {
        out.printf(Locale.ROOT, "crash_kills %d count%n", kills());
        out.printf(Locale.ROOT, "crash_broken_opens %d count%n", brokenOpens);
        out.printf(Locale.ROOT, "crash_wedged %d count%n", wedged);
        out.printf(Locale.ROOT, "crash_notes_lost %d count%n", notesLost.size());
        out.printf(Locale.ROOT, "crash_duplicates %d count%n", duplicates());
        out.printf(Locale.ROOT, "crash_restores %d count%n", restores);
        for (CrashSoak.Phase p : CrashSoak.Phase.values()) {
            out.printf(Locale.ROOT, "crash_kills_%s %d count%n", p.name().toLowerCase(Locale.ROOT), killsIn(p));
        }
        out.printf(Locale.ROOT, "crash_kills_with_index_set_aside %d count%n", rebuildCaught);
        out.printf(Locale.ROOT, "crash_notes_confirmed %d count%n", confirmedNotes);
        out.printf(Locale.ROOT, "crash_imports_broken %d count%n", importsBroken.size());
        out.printf(Locale.ROOT, "crash_progress_checks %d count%n", progressChecks);
        out.printf(Locale.ROOT, "crash_inexact_checks %d count%n", inexact);
        out.printf(Locale.ROOT, "crash_stalls %d count%n", stalls);
        out.printf(Locale.ROOT, "crash_store_errors %d count%n", storeErrors);
        out.printf(Locale.ROOT, "crash_final_missing %d count%n", finalMissing);
        out.printf(Locale.ROOT, "crash_final_extra %d count%n", finalExtra);
        out.printf(Locale.ROOT, "crash_run_s %.1f s%n", seconds);
        events.forEach(e -> out.println("# " + e));
    }
}

package br.com.jttelecom.console.service.sync;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The writer's account of each window's current pass: which pages arrived and whether they agree.
 * A pass is exact when every page announced the same {@code qtd_total_resultados}, no page but the
 * last came short and no page repeated the first. A window whose total changed while it was paged
 * (rows the PBX wrote meanwhile shift the offsets, so some rows may have been skipped) is read again,
 * up to {@link #MAX_PASSES} times in all; then it is taken as it is and reported.
 */
final class WindowLedger {

    static final int MAX_PASSES = 3;

    /** What a page did to its window. */
    enum Verdict {
        /** More pages of the pass are to come. */
        PENDING,
        /** The pass is complete and exact: the window is stored. */
        EXACT,
        /** The pass is complete but the window changed while read: read it again ({@link #pass(int)} is the next one). */
        READ_AGAIN,
        /** The last pass allowed is complete and still not exact: stored as it is, reported. */
        INEXACT,
        /** A page of an earlier pass: stored (its rows are real), but it counts for nothing. */
        STALE
    }

    private static final class Pass {
        final int number;
        long firstTotal = Long.MIN_VALUE;
        String firstId;
        long expectedPages = -1; // unknown until the first page (or, without totals, the short page)
        final BitSet received = new BitSet();
        boolean changed;

        Pass(int number) {
            this.number = number;
        }
    }

    private final Map<Integer, Pass> passes = new HashMap<>();

    /** Window {@code index} resumes a read a killed run left part-way: {@code read}'s pages are stored. */
    void resume(int index, SyncCursor.Partial read) {
        Pass p = new Pass(0);
        p.firstTotal = read.total();
        p.expectedPages = Math.max(1, Math.min(WindowFetchers.MAX_PAGES_PER_WINDOW,
                (read.total() + read.pageSize() - 1) / read.pageSize()));
        p.received.or(read.pages());
        passes.put(index, p);
    }

    /** The pass window {@code index} is in (0 before any). */
    int pass(int index) {
        Pass p = passes.get(index);
        return p == null ? 0 : p.number;
    }

    Verdict accept(WindowFetchers.Batch b) {
        Pass p = passes.computeIfAbsent(b.window(), i -> new Pass(b.pass()));
        if (b.pass() < p.number) {
            return Verdict.STALE;
        }
        if (b.pass() > p.number) {
            p = new Pass(b.pass());
            passes.put(b.window(), p);
        }
        int page = (int) (b.offset() / b.pageSize());
        int size = b.calls().size();
        if (b.offset() == 0) {
            p.firstTotal = b.total();
            p.firstId = b.firstId();
            if (b.total() >= 0) {
                p.expectedPages = Math.max(1, Math.min(WindowFetchers.MAX_PAGES_PER_WINDOW,
                        (b.total() + b.pageSize() - 1) / b.pageSize()));
            }
        } else {
            if (b.total() != p.firstTotal) {
                p.changed = true; // rows were written or removed between two pages
            }
            if (Objects.equals(b.firstId(), p.firstId) && b.firstId() != null) {
                p.changed = true; // the server ignored the offset
            }
        }
        p.received.set(page);
        boolean lastExpected = p.expectedPages > 0 && page == p.expectedPages - 1;
        if (size < b.pageSize() && p.expectedPages > 0 && !lastExpected && b.total() >= 0) {
            p.changed = true; // a page short before the end: the list shrank while read
        }
        if (p.firstTotal < 0 && p.firstTotal != Long.MIN_VALUE && size < b.pageSize()) {
            p.expectedPages = page + 1; // no totals: the short page is the last
        }
        if (p.expectedPages < 0 || p.received.cardinality() < p.expectedPages
                || p.received.nextClearBit(0) < p.expectedPages) {
            return Verdict.PENDING;
        }
        if (!p.changed) {
            return Verdict.EXACT;
        }
        if (p.number + 1 < MAX_PASSES) {
            passes.put(b.window(), new Pass(p.number + 1));
            return Verdict.READ_AGAIN;
        }
        return Verdict.INEXACT;
    }

    /** The total the current pass of window {@code index} announced first (-1 unknown). */
    long total(int index) {
        Pass p = passes.get(index);
        return p == null || p.firstTotal == Long.MIN_VALUE ? -1 : p.firstTotal;
    }
}

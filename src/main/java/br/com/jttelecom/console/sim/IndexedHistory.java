package br.com.jttelecom.console.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The indexed call history: records kept sorted by start time, so a date window is found by
 * binary search and paging through 200,000 records stays cheap.
 */
final class IndexedHistory {

    private static final Comparator<CompactRecord> ORDER =
            Comparator.comparingLong(CompactRecord::startEpochSecond).thenComparingLong(CompactRecord::seq);

    private final ArrayList<CompactRecord> records = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    record Page(long total, List<CompactRecord> records) {
    }

    void add(CompactRecord r) {
        lock.writeLock().lock();
        try {
            int i = records.size();
            // Finished calls nearly always land at the end; walk back only when out of order.
            while (i > 0 && ORDER.compare(records.get(i - 1), r) > 0) {
                i--;
            }
            records.add(i, r);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void addAll(Collection<CompactRecord> batch) {
        lock.writeLock().lock();
        try {
            boolean sorted = records.isEmpty() || batch.isEmpty()
                    || ORDER.compare(records.get(records.size() - 1), batch.iterator().next()) <= 0;
            records.ensureCapacity(records.size() + batch.size());
            records.addAll(batch);
            if (!sorted || !isSorted(batch)) {
                records.sort(ORDER);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return records.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every record, oldest first (a copy). */
    List<CompactRecord> all() {
        lock.readLock().lock();
        try {
            return List.copyOf(records);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Records with {@code fromSecond <= start <= toSecond} that pass {@code filter}, paged. */
    Page query(long fromSecond, long toSecond, Predicate<CompactRecord> filter, long offset, int size) {
        lock.readLock().lock();
        try {
            int lo = lowerBound(fromSecond);
            int hi = lowerBound(toSecond + 1);
            if (filter == null) {
                int from = (int) Math.min(lo + offset, hi);
                int to = Math.min(from + size, hi);
                return new Page(hi - lo, List.copyOf(records.subList(from, to)));
            }
            List<CompactRecord> page = new ArrayList<>();
            long matched = 0;
            for (int i = lo; i < hi; i++) {
                CompactRecord r = records.get(i);
                if (filter.test(r)) {
                    if (matched >= offset && page.size() < size) {
                        page.add(r);
                    }
                    matched++;
                }
            }
            return new Page(matched, page);
        } finally {
            lock.readLock().unlock();
        }
    }

    Optional<CompactRecord> findById(String chamadaId) {
        int dot = chamadaId.indexOf('.');
        long start;
        try {
            start = Long.parseLong(dot < 0 ? chamadaId : chamadaId.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Page p = query(start, start, r -> r.chamadaId().equals(chamadaId), 0, 1);
        return p.records().stream().findFirst();
    }

    private int lowerBound(long second) {
        int lo = 0;
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).startEpochSecond() < second) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isSorted(Collection<CompactRecord> batch) {
        CompactRecord prev = null;
        for (CompactRecord r : batch) {
            if (prev != null && ORDER.compare(prev, r) > 0) {
                return false;
            }
            prev = r;
        }
        return true;
    }
}

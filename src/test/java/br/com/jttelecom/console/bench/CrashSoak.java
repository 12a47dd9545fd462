package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.service.settings.LiveSettings;
import br.com.jttelecom.console.sim.CallTruth;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.SettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The crash soak: child consoles ({@link CrashChild}: the real headless composition, the simulator this
 * class owns as their PBX) killed with SIGKILL at seeded random moments of a chosen phase, the data folder
 * checked after every kill ({@link CrashChecks}), and every few kills a start that must complete a sync
 * within 60 s.
 *
 * <p>The run is cut into lives: each begins with an empty data folder (a new install), so that each has
 * start-up migrations, a bulk first sync and its index rebuild to kill; the same PBX serves them all.
 * A life: kill 1 during the first start (migrations, open), then {@code firstSyncKills} kills in the bulk
 * first sync or in the rebuild of the index it set aside, a progress check (which completes the first
 * sync), then kills in later phases (a start, an incremental sync, notes, a lead import) with a progress
 * check every {@code checkEvery} kills and at the life's end. The phases and the seeds depend on the seed
 * only; the moment a kill lands is random within its phase.
 */
final class CrashSoak {

    enum Phase {
        /** Start-up: migrations on a new folder, the open (and the rebuild of indexes a dead load left) later. */
        START("run"),
        /** The bulk first sync's pages. */
        BULK("run"),
        /** From the bulk load's last page: the set-aside index being built. */
        REBUILD("run"),
        /** A start-up sync that brings new calls. */
        INCREMENTAL("run"),
        /** Notes typed through the service on stored calls. */
        NOTES("notes"),
        /** CSV lead files imported through the service. */
        LEADS("leads"),
        /** Backups of the open database (the daily one, the one at exit). */
        BACKUP("backup");

        static final List<Phase> FIRST_SYNC = List.of(BULK, REBUILD);
        static final List<Phase> LATER = List.of(START, INCREMENTAL, NOTES, LEADS, BACKUP);

        final String childPhase;

        Phase(String childPhase) {
            this.childPhase = childPhase;
        }
    }

    /**
     * @param records      calls the PBX holds at the start (at least the bulk load's 20,000 for a bulk first sync)
     * @param maxNewCalls  calls an incremental phase adds to the PBX at most
     */
    record Settings(int kills, int records, int killsPerLife, int firstSyncKills, int checkEvery, int maxNewCalls,
                    long seed) {
    }

    static final Duration PROGRESS_BOUND = Duration.ofSeconds(60);
    /** Longest wait for the line a kill waits on; a child still silent after it is killed all the same. */
    private static final Duration LINE_WAIT = Duration.ofSeconds(60);
    private static final int PAGE = 1000;
    private static final String USER = "crash";

    private final Settings settings;
    private final Path work;
    private final Path logs;
    private final Random random;
    private final CrashReport report = new CrashReport();
    private final Estimates estimates = new Estimates();
    private PbxSimulator sim;
    private Map<String, String> env;
    private CrashLedger ledger;
    private CrashChecks.Finding last;
    private int life;
    private int kill;

    /**
     * @param work holds the data folder
     * @param logs where each child logs, a folder per child (the test puts them with the suite's logs, which the
     *             whole-suite secret scan reads)
     */
    CrashSoak(Settings settings, Path work, Path logs) {
        this.settings = settings;
        this.work = work;
        this.logs = logs;
        this.random = new Random(settings.seed());
    }

    /** Runs the soak. */
    CrashReport run() throws Exception {
        long began = System.nanoTime();
        String token = Long.toHexString(random.nextLong());
        try (PbxSimulator pbx = PbxSimulator.builder().user(USER).token(token).seed(settings.seed())
                .clock(SimClock.system()).build()) {
            sim = pbx.start(0);
            Instant now = Instant.now();
            sim.seedHistory(settings.records(), now.minus(Duration.ofDays(89)), now.minus(Duration.ofHours(1)),
                    settings.seed());
            env = Map.of(ConfigLoader.ENV_USER, USER, ConfigLoader.ENV_TOKEN, token,
                    ConfigLoader.ENV_BASE_URL, sim.baseUrl());
            while (kill < settings.kills()) {
                runLife(Math.min(settings.killsPerLife(), settings.kills() - kill));
            }
            report.finalExact(exactDifference());
        }
        report.seconds = (System.nanoTime() - began) / 1e9;
        return report;
    }

    private void runLife(int kills) throws Exception {
        life++;
        Path folder = folder();
        freshInstall(folder);
        ledger = new CrashLedger();
        for (int j = 0; j < kills; j++) {
            Phase phase = j == 0 ? Phase.START
                    : j <= settings.firstSyncKills() ? pick(Phase.FIRST_SYNC) : pick(Phase.LATER);
            long childSeed = random.nextLong();
            kill++;
            killDuring(phase, childSeed, folder);
            boolean firstSyncOver = j == settings.firstSyncKills();
            boolean laterCheck = j > settings.firstSyncKills() && (j - settings.firstSyncKills()) % settings.checkEvery() == 0;
            if (firstSyncOver || laterCheck || j == kills - 1) {
                progressCheck(folder, random.nextLong());
            }
        }
    }

    private Phase pick(List<Phase> phases) {
        return phases.get(random.nextInt(phases.size()));
    }

    /** Starts a child for the phase, kills it at a random moment of it, then checks the folder. */
    private void killDuring(Phase phase, long childSeed, Path folder) throws Exception {
        Random moment = new Random(childSeed);
        if (phase == Phase.INCREMENTAL) {
            Instant now = Instant.now();
            int added = 1 + moment.nextInt(settings.maxNewCalls());
            sim.seedHistory(added, now.minus(Duration.ofHours(3)), now.minus(Duration.ofMinutes(1)), childSeed);
        }
        String where;
        Path childLogs = logs.resolve("kill-" + kill + "-" + phase.name().toLowerCase(java.util.Locale.ROOT));
        long trace = CrashChecks.traceSize(folder);
        try (ChildConsole child = ChildConsole.start(phase.childPhase, folder, childSeed, env, childLogs)) {
            where = waitForMoment(phase, child, moment);
            boolean wasAlive = child.alive();
            child.kill();
            child.awaitOutput();
            ledger.read(child.lines());
            learn(child);
            if (child.lines().stream().anyMatch(l -> l.startsWith("@open-failed"))) {
                report.brokenOpen(describe(phase, childSeed) + " the console did not open its database: "
                        + child.otherOutput().stream().filter(l -> l.contains("Exception")).findFirst().orElse("?"));
            }
            storeErrors(childLogs, folder, trace, describe(phase, childSeed) + " (" + where + ")");
            if (wasAlive) {
                report.killed(phase);
            } else {
                report.event(describe(phase, childSeed) + " the child had already exited (" + child.exitCode() + ")");
            }
        }
        check(folder, phase, childSeed, where);
    }

    /** Waits for the phase's random moment; returns where the kill landed, for the report. */
    private String waitForMoment(Phase phase, ChildConsole child, Random moment) throws InterruptedException {
        switch (phase) {
            case START -> {
                long at = (long) (estimates.readyMs * (0.25 + moment.nextDouble() * 0.85));
                String line = child.until(l -> l.startsWith("@open-failed"), Duration.ofMillis(at));
                return line.isEmpty() && child.lines().stream().noneMatch(l -> l.startsWith("@ready"))
                        ? "before ready" : "after ready";
            }
            case BULK -> {
                long left = Math.max(1, (sim.historySize() - (last == null ? 0 : last.storedCalls()) + PAGE - 1) / PAGE);
                int page = 1 + moment.nextInt((int) Math.min(left, 200));
                int[] seen = {0};
                String line = child.until(l -> l.equals("@synced") || l.startsWith("@open-failed")
                        || l.startsWith("@page") && ++seen[0] >= page, LINE_WAIT);
                child.quietFor(moment.nextInt(20));
                return stalled(phase, child, line, "page " + page);
            }
            case REBUILD -> {
                String line = child.until(l -> l.equals("@synced") || l.startsWith("@open-failed") || lastPage(l), LINE_WAIT);
                child.quietFor((long) (moment.nextDouble() * estimates.rebuildMs));
                return stalled(phase, child, line, "after the last page");
            }
            case INCREMENTAL -> {
                String line = child.until(l -> l.startsWith("@ready") || l.startsWith("@open-failed"), LINE_WAIT);
                child.quietFor((long) (moment.nextDouble() * estimates.syncMs));
                return stalled(phase, child, line, "in the start-up sync");
            }
            case NOTES -> {
                int notes = 1 + moment.nextInt(30);
                int[] seen = {0};
                String line = child.until(l -> l.startsWith("@open-failed") || l.equals("@no-calls")
                        || l.startsWith("@note ") && ++seen[0] >= notes, LINE_WAIT);
                child.quietFor(moment.nextInt(5));
                return stalled(phase, child, line, "after note " + notes);
            }
            case LEADS -> {
                int file = 1 + moment.nextInt(4);
                int[] seen = {0};
                String line = child.until(l -> l.startsWith("@open-failed")
                        || l.startsWith("@importing") && ++seen[0] >= file, LINE_WAIT);
                child.quietFor((long) (moment.nextDouble() * estimates.importMs));
                return stalled(phase, child, line, "in file " + file);
            }
            case BACKUP -> {
                int backup = 1 + moment.nextInt(3);
                String line = child.until(l -> l.startsWith("@open-failed")
                        || l.equals("@backup-begin " + backup), LINE_WAIT);
                child.quietFor(moment.nextInt(400));
                return stalled(phase, child, line, "in backup " + backup);
            }
            default -> throw new IllegalStateException("phase not run yet: " + phase);
        }
    }

    private String stalled(Phase phase, ChildConsole child, String line, String where) {
        if (line.isEmpty()) {
            report.stall(describe(phase, 0) + " no " + where + " within " + LINE_WAIT.toSeconds() + " s; last lines: "
                    + tail(child.lines()) + " " + child.otherOutput());
            return where + " (stalled)";
        }
        return line.equals("@synced") ? "after the sync ended" : where;
    }

    private static boolean lastPage(String line) {
        if (!line.startsWith("@page ")) {
            return false;
        }
        String[] f = line.split(" ");
        return Long.parseLong(f[1]) >= Long.parseLong(f[2]);
    }

    /**
     * A start that must make the sync progress: a sync run completes within {@link #PROGRESS_BOUND} of the
     * start (else wedged); then the console closes cleanly and the store must hold exactly the PBX's calls.
     */
    private void progressCheck(Path folder, long childSeed) throws Exception {
        Path childLogs = logs.resolve("check-after-kill-" + kill);
        long trace = CrashChecks.traceSize(folder);
        try (ChildConsole child = ChildConsole.start("verify", folder, childSeed, env, childLogs)) {
            String line = child.until(l -> l.equals("@synced") || l.startsWith("@open-failed"), PROGRESS_BOUND);
            if (line.equals("@synced")) {
                if (!child.exited(Duration.ofSeconds(60))) {
                    report.event("life " + life + " kill " + kill + ": the checking console did not stop within 60 s");
                }
            } else if (line.startsWith("@open-failed")) {
                report.brokenOpen("life " + life + " after kill " + kill + ": the checking console did not open: "
                        + child.otherOutput());
            } else {
                report.wedged("life " + life + " after kill " + kill + ": no complete sync within "
                        + PROGRESS_BOUND.toSeconds() + " s; lines: " + tail(child.lines()) + " " + child.otherOutput());
            }
            child.close();
            child.awaitOutput();
            ledger.read(child.lines());
            learn(child);
            storeErrors(childLogs, folder, trace, "life " + life + " progress check after kill " + kill);
            report.progressChecks++;
        }
        check(folder, null, childSeed, "progress check");
        long[] diff = exactDifference();
        if (diff[0] != 0 || diff[1] != 0) {
            report.inexact("life " + life + " after kill " + kill + ": store vs PBX: " + diff[0] + " missing, "
                    + diff[1] + " not on the PBX (stored " + last.storedCalls() + ", PBX " + sim.historySize() + ")");
        }
    }

    private void check(Path folder, Phase phase, long childSeed, String where) {
        CrashChecks.Finding f = CrashChecks.check(folder, ledger);
        String who = describe(phase, childSeed) + " (" + where + ")";
        if (f.setAside() > 0) {
            report.rebuildCaught++;
        }
        if (!f.opened()) {
            report.brokenOpen(who + ": the database did not open: " + f.openError());
            return; // nothing else can be read; the next start meets the same file
        }
        if (f.restored()) {
            report.restored(who);
        }
        report.duplicates(life, f.duplicates(), who);
        f.notesLost().forEach(n -> report.noteLost(who, n));
        f.importsBroken().forEach(i -> report.importBroken(who, i));
        last = f;
    }

    /** A child that met errors of the store while it ran: the folder it opened was not sound. */
    private void storeErrors(Path logs, Path folder, long traceBefore, String who) {
        String error = CrashChecks.storeErrorInLog(logs);
        if (error == null) {
            error = CrashChecks.storeErrorInTrace(folder, traceBefore);
        }
        if (error != null) {
            report.storeError(who + ": " + error);
        }
    }

    /** {missing, extra}: PBX calls not stored, stored calls not on the PBX. */
    private long[] exactDifference() {
        Set<String> pbx = sim.historyTruth().stream().map(CallTruth::chamadaId).collect(Collectors.toSet());
        Set<String> stored = CrashChecks.storedIds(folder());
        Set<String> missing = new HashSet<>(pbx);
        missing.removeAll(stored);
        Set<String> extra = new HashSet<>(stored);
        extra.removeAll(pbx);
        return new long[] {missing.size(), extra.size()};
    }

    private void learn(ChildConsole child) {
        estimates.learn(child);
        report.confirmedNotes += (int) child.lines().stream().filter(l -> l.startsWith("@note ")).count();
    }

    private String describe(Phase phase, long childSeed) {
        return "life " + life + " kill " + kill + (phase == null ? "" : " " + phase) + " seed " + settings.seed()
                + (childSeed == 0 ? "" : "/" + childSeed);
    }

    private Path folder() {
        return work.resolve("data");
    }

    /** An empty data folder with the PBX's rate limit at the most Configurações allows (50 requests a second). */
    private static void freshInstall(Path folder) throws IOException {
        deleteTree(folder);
        Files.createDirectories(folder);
        SettingsFile settings = SettingsFile.open(folder);
        settings.put(LiveSettings.KEY_RPS, "50");
        settings.save();
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size());
    }

    /** How long the phases take on this machine, learnt from the children's lines, so kills fall inside them. */
    private static final class Estimates {
        double readyMs = 2500;
        double rebuildMs = 800;
        double syncMs = 1500;
        double importMs = 300;

        void learn(ChildConsole child) {
            child.firstAt("@ready").ifPresent(t -> readyMs = mix(readyMs, t));
            Long lastPage = child.firstAt(CrashSoak::lastPage).orElse(null);
            Long synced = child.firstAt(l -> l.equals("@synced")).orElse(null);
            Long ready = child.firstAt("@ready").orElse(null);
            if (lastPage != null && synced != null && synced >= lastPage) {
                rebuildMs = mix(rebuildMs, synced - lastPage);
            }
            if (ready != null && synced != null && synced >= ready) {
                syncMs = mix(syncMs, synced - ready);
            }
            Long importing = child.firstAt("@importing").orElse(null);
            Long imported = child.firstAt("@imported").orElse(null);
            if (importing != null && imported != null && imported >= importing) {
                importMs = mix(importMs, imported - importing);
            }
        }

        private static double mix(double old, double seen) {
            return Math.max(50, 0.7 * old + 0.3 * seen);
        }
    }
}

package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.app.LoadTarget;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.service.calls.CallTracker;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.store.calls.CallRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * {@code bench/run load [seconds]}: the headless demo console with its API, 200 live calls dialled through
 * ClickToCall and followed by the tracker, while 50 HTTP clients (virtual threads, java.net.http, a JWT) query
 * {@code /api/telephony/calls} and {@code /api/telephony/stats} for {@code seconds} (default 60) on loopback.
 * Prints {@code api_p50_ms}, {@code api_p95_ms}, {@code api_p99_ms}, {@code api_errors}, {@code calls_tracked}
 * (dialled calls the tracker followed) and {@code calls_dropped} (dialled calls neither followed any more nor
 * stored with a final status when the run ends).
 */
public final class LoadBench {

    private static final int LIVE_CALLS = 200;
    private static final int CLIENTS = 50;
    private static final List<String> QUERIES = List.of("/api/telephony/calls?period=last_7_days",
            "/api/telephony/calls?period=month&status=completed", "/api/telephony/stats?period=today",
            "/api/telephony/stats?period=month");

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("load-bench");
        try (LoadTarget console = new LoadTarget(dir);
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build();
            String jwt = login(http, console.apiBase());
            CallTracker tracker = console.runtime().calls().orElseThrow().tracker();
            ClickToCall clickToCall = console.runtime().calls().orElseThrow().clickToCall();
            Set<Long> dialled = dial(clickToCall);
            Set<Long> followed = Collections.synchronizedSet(new HashSet<>());
            ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(threads.submit(() -> query(http, console.apiBase(), jwt, first, end, millis, errors)));
            }
            // Sample who the tracker follows four times a second until the load window closes.
            await().atMost(Duration.ofSeconds(seconds + 30L)).pollInterval(Duration.ofMillis(250)).until(() -> {
                tracker.current().stream().map(TrackedCall::callId).filter(dialled::contains).forEach(followed::add);
                return System.nanoTime() >= end;
            });
            for (java.util.concurrent.Future<?> f : clients) {
                f.get();
            }
            // One more tracker poll after the load, for calls that ended at the very end.
            var sim = console.runtime().simulator().orElseThrow();
            long polls = sim.requestCount("listar_chamadas_online");
            await().atMost(Duration.ofSeconds(30)).until(() -> sim.requestCount("listar_chamadas_online") > polls);
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            report(sorted, errors.get(), followed.size(), dropped(console, tracker, dialled));
        }
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"supervisor\",\"password\":\""
                        + LoadTarget.password("supervisor") + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login: " + r.statusCode() + " " + r.body());
        }
        return new ObjectMapper().readTree(r.body()).get("token").asText();
    }

    /** 200 answered numbers (last digit 1–7: they talk for a while), dialled one click after another. */
    private static Set<Long> dial(ClickToCall clickToCall) {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < LIVE_CALLS; i++) {
            DialResult r = clickToCall.dialNumber(String.format(Locale.ROOT, "119876%04d%d", i, 1 + i % 7)).join();
            if (!r.started() || r.callId() == null) {
                throw new IllegalStateException("dial " + i + " failed: " + r.message());
            }
            ids.add(r.callId());
        }
        return ids;
    }

    private static Void query(HttpClient http, String base, String jwt, int first, long end,
                              ConcurrentLinkedQueue<Double> millis, AtomicInteger errors) {
        for (int n = first; System.nanoTime() < end; n++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + QUERIES.get(n % QUERIES.size())))
                    .header("Authorization", "Bearer " + jwt).timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return null;
    }

    /** Dialled calls the console lost: not followed any more, yet not stored with a final status. */
    private static long dropped(LoadTarget console, CallTracker tracker, Set<Long> dialled) {
        Set<Long> stillFollowed = new HashSet<>();
        tracker.current().forEach(t -> stillFollowed.add(t.callId()));
        CallRepository calls = new CallRepository(console.runtime().database().jdbi());
        return dialled.stream().filter(id -> !stillFollowed.contains(id)).filter(id -> {
            Optional<Call> row = calls.findById(id);
            return row.isEmpty() || row.get().status() == CallStatus.IN_PROGRESS;
        }).count();
    }

    private static void report(List<Double> sorted, int errors, int tracked, long dropped) {
        System.out.printf(Locale.ROOT, "api_requests %d%n", sorted.size());
        System.out.printf(Locale.ROOT, "api_p50_ms %.2f ms%n", percentile(sorted, 50));
        System.out.printf(Locale.ROOT, "api_p95_ms %.2f ms%n", percentile(sorted, 95));
        System.out.printf(Locale.ROOT, "api_p99_ms %.2f ms%n", percentile(sorted, 99));
        System.out.printf(Locale.ROOT, "api_errors %d%n", errors);
        System.out.printf(Locale.ROOT, "calls_tracked %d of %d dialled%n", tracked, LIVE_CALLS);
        System.out.printf(Locale.ROOT, "calls_dropped %d%n", dropped);
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}

package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.Route;
import br.com.jttelecom.console.app.RawHttp.Framing;
import br.com.jttelecom.console.app.launch.UsageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded fuzz of the local API on a raw socket: every route (and paths no route has), any method,
 * Host, Origin, token, content type and framing, and bodies from plausible JSON to bytes that are not
 * UTF-8 or past the size limit. It counts what must never happen: a 500, a hang, an answer that is not
 * the API's JSON error shape. Used by a short test and by {@code bench/run apifuzz}.
 */
public final class ApiFuzz implements AutoCloseable {

    /** What a run found; {@code examples} holds the first few requests that broke a rule. */
    public record Result(int requests, int serverErrors, int hangs, int notJson, List<String> examples) {
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO"};
    private static final String[] IDS = {"1", "2", "987", "0", "-1", "99999999999999999999", "abc", "%00", "..%2f..",
            "%ff%fe", "ç", "1;DROP TABLE calls", "", " ", "1e9", "%2e%2e"};
    private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
            "", "*/*", "application/jsonx"};
    private static final String[] FIELDS = {"login", "password", "notes", "outcome", "status", "numero_destino",
            "ramal_origem", "lead_id", "variaveis", "reason", "call_id", "callid", "duracao", "data", "direcao",
            "number", "name", "points_to", "destination", "x"};
    private static final String[] VALUES = {"null", "true", "0", "-1", "1e999", "\"\"", "\"admin\"", "\"admin123\"",
            "\"11999999999\"", "\"201\"", "\"productive\"", "\"completed\"", "\"x\\r\\ny\"", "[]", "{}", "[1,[2,[3]]]",
            "\"\\u0000\"", "\"" + "z".repeat(300) + "\"", "99999999999999999999", "\"21/08/2026 13:28:27\""};

    private final Path dataDir;
    private final ApiFixture api;
    private final int port;
    private final List<Route> routes;
    private final List<String> tokens = new ArrayList<>();
    private final String webhookSecret;
    private final Duration timeout;

    public ApiFuzz(Path dataDir, Duration timeout) throws UsageException {
        this.dataDir = dataDir;
        this.api = new ApiFixture(dataDir);
        this.port = api.server.port();
        this.routes = api.server.routes();
        for (String user : List.of("agente", "supervisor", "admin")) {
            tokens.add(api.login(user));
        }
        this.webhookSecret = api.webhookSecret();
        this.timeout = timeout;
    }

    public Result run(int requests, long seed) {
        Random random = new Random(seed);
        int errors = 0;
        int hangs = 0;
        int notJson = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String method = random.nextInt(3) > 0 ? null : pick(random, METHODS);
            Route route = routes.get(random.nextInt(routes.size()));
            String path = random.nextInt(12) == 0 ? "/api/telephony/" + pick(random, IDS) + "/x" : pathOf(route, random);
            if (method == null) {
                method = route.method().toUpperCase(java.util.Locale.ROOT);
            }
            Map<String, String> headers = headers(random, path);
            byte[] body = body(random);
            Framing framing = body == null ? Framing.NONE : pick(random, Framing.values());
            RawHttp.Reply r = RawHttp.exchange(port, RawHttp.request(port, method, path, headers, body, framing), timeout);
            String shown = method + " " + path + " " + headers.keySet() + " " + framing + " "
                    + (body == null ? 0 : body.length) + "B -> " + r.status();
            boolean bad = false;
            if (r.hung()) {
                hangs++;
                bad = true;
            } else if (r.status() == 500 || r.status() == 0) {
                errors++;
                bad = true;
            } else if (!jsonOrExempt(method, path, r)) {
                notJson++;
                bad = true;
            }
            if (bad && examples.size() < 10) {
                examples.add(shown + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        return new Result(requests, errors, hangs, notJson, examples);
    }

    /** HEAD and 204 carry no body, and /metrics is Prometheus text by design; everything else is JSON. */
    private static boolean jsonOrExempt(String method, String path, RawHttp.Reply r) {
        boolean metrics = path.split("\\?")[0].replaceAll("/$", "").equals("/metrics") && r.status() == 200;
        if (method.equals("HEAD") || r.status() == 204 || metrics) {
            return true;
        }
        return r.contentType().startsWith("application/json") && r.body().startsWith("{");
    }

    private static String pathOf(Route route, Random random) {
        String path = route.path().replace("{id}", pick(random, IDS));
        return switch (random.nextInt(10)) {
            case 0 -> path + "?limit=" + pick(random, IDS) + "&period=" + pick(random, IDS) + "&cursor=" + pick(random, IDS);
            case 1 -> path + "/";
            case 2 -> path + "?secret=" + pick(random, IDS);
            default -> path;
        };
    }

    private Map<String, String> headers(Random random, String path) {
        Map<String, String> h = new LinkedHashMap<>();
        switch (random.nextInt(12)) {
            case 0 -> h.put("Host", "evil.example:" + port);
            case 1 -> h.put("Host", "localhost:" + port);
            default -> { }
        }
        if (random.nextInt(8) == 0) {
            h.put("Origin", random.nextBoolean() ? "http://evil.example" : "http://127.0.0.1:" + port);
        }
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> h.put("Authorization", "Bearer " + pick(random, IDS));
            case 2 -> h.put("Authorization", "Basic YWRtaW46YWRtaW4xMjM=");
            default -> h.put("Authorization", "Bearer " + tokens.get(random.nextInt(tokens.size())));
        }
        if (path.contains("webhook") && random.nextInt(3) > 0) {
            h.put("X-Webhook-Secret", random.nextBoolean() ? webhookSecret : "errado");
        }
        if (random.nextInt(4) > 0) {
            h.put("Content-Type", pick(random, TYPES));
        }
        if (random.nextInt(30) == 0) {
            h.put("X-Long", "v".repeat(random.nextInt(20_000)));
        }
        return h;
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> new byte[0];
            case 2 -> {
                byte[] b = new byte[random.nextInt(200)];
                random.nextBytes(b);
                yield b;
            }
            case 3 -> (json(random) + " ".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);
            case 4 -> (json(random) + pick(random, new String[]{"x", "{}", ",", "]", "\u0000"})).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            default -> json(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String json(Random random) {
        StringBuilder b = new StringBuilder("{");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(pick(random, FIELDS)).append("\":").append(pick(random, VALUES));
        }
        return b.append('}').toString();
    }

    private static <T> T pick(Random random, T[] from) {
        return from[random.nextInt(from.length)];
    }

    @Override
    public void close() {
        api.close();
    }

    public Path dataDir() {
        return dataDir;
    }
}

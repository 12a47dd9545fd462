package br.com.jttelecom.console;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.sim.SimulatorMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The log files of a whole test run hold no secret. Not run with the other tests (its name is outside Surefire's
 * default includes: it neither starts with Test nor ends in Test, Tests or TestCase): the {@code scan-test-logs} execution of {@code pom.xml} runs it after every other test, on
 * what they left behind — {@code target/test-logs/} (the console's code at DEBUG, HTTP exchanges included) and
 * {@code target/surefire-reports/*-output.txt} (everything each test class printed).
 *
 * <p>A run's secrets are mostly random (demo tokens, signing keys, JWTs), so the scan looks for their shapes as
 * well as for the few fixed ones: a PBX token (a UUID, which real PBX tokens are), a JWT, a 32-byte hex key (the
 * API's signing and webhook secrets), any secret-named key whose value is not masked, the demo passwords.
 */
class SecretScanOfTestLogs {

    private static final Path TEST_LOGS = Path.of(System.getProperty("jtconsole.testlogdir", "target/test-logs"));
    private static final Path REPORTS = Path.of("target", "surefire-reports");

    private static final Map<String, Pattern> SHAPES = Map.of(
            "PBX token (UUID)", Pattern.compile("(?i)\\b[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\\b"),
            "JWT", Pattern.compile("\\beyJ[\\w-]{5,}\\.eyJ[\\w-]{5,}\\.[\\w-]{10,}"),
            "32-byte hex key", Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"),
            "unmasked secret field", Pattern.compile("(?i)\\b(?:autenticacao_token|token|senha_sip|senha_web|registro_senha"
                    + "|senha|password|secret|x-webhook-secret)\\b\"?\\s*[:=]\\s*\"?(?!\\*\\*\\*|██)[^\\s\",;&}\\]]{4,}"),
            "Authorization value", Pattern.compile("(?i)\\bauthorization\"?\\s*[:=]\\s*\"?(?:bearer\\s+|basic\\s+)?+(?!\\*\\*\\*|██)"
                    + "[^\\s\",;&}\\]]{4,}"));

    private static final List<String> FIXED = List.of(SimulatorMain.DEFAULT_TOKEN, DemoAccounts.AGENT,
            DemoAccounts.SUPERVISOR, DemoAccounts.ADMIN);

    @Test
    void theRunLeftLogsWorthScanning() throws IOException {
        Path log = TEST_LOGS.resolve("tests.log");
        assertThat(log).as("the DEBUG log of the test run").exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        // Evidence the whole suite ran with its code logging at DEBUG: the client's HTTP lines, the simulator,
        // the API and the sync all wrote here.
        assertThat(text.length()).as("size of %s", log).isGreaterThan(100_000);
        assertThat(text).contains("--> GET", "<-- 200", "listar_historico_chamada", "discar_numero",
                "Demo mode: embedded PBX simulator", "DEBUG", "WARN");
        assertThat(files()).as("test output files").hasSizeGreaterThan(1);
    }

    @Test
    void noLogFileOfTheRunHoldsATokenAJwtASecretOrAPassword() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1); // any bytes, no decoding error
            for (int i = 0; i < lines.size(); i++) {
                String line = new String(lines.get(i).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                for (String finding : findings(line)) {
                    findings.add(file.getFileName() + ":" + (i + 1) + " " + finding);
                }
            }
        }
        assertThat(findings).as("secrets in the test run's log files").isEmpty();
    }

    /** The scan is only as good as its shapes: each catches its secret, and none flags a masked value. */
    @Test
    void theShapesCatchLeaksAndPassMaskedValues() {
        assertThat(findings("GET /suite/api/listar_ramais token: 3f2a9c1e-0000-4000-8000-c0ntra70c0de"))
                .anyMatch(f -> f.startsWith("PBX token")).anyMatch(f -> f.startsWith("unmasked secret field"));
        assertThat(findings("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzIn0.c2lnbmF0dXJlLWhlcmU"))
                .anyMatch(f -> f.startsWith("JWT")).anyMatch(f -> f.startsWith("Authorization value"));
        assertThat(findings("segredo " + "ab12".repeat(16))).anyMatch(f -> f.startsWith("32-byte hex key"));
        assertThat(findings("{\"dados\":{\"senha_sip\":\"Sip#4711\"}}")).anyMatch(f -> f.startsWith("unmasked"));
        assertThat(findings("login admin with " + DemoAccounts.ADMIN)).anyMatch(f -> f.startsWith("fixed secret"));

        assertThat(findings("headers: usuario: loja, token: ***")).isEmpty();
        assertThat(findings("token: ██")).isEmpty();
        assertThat(findings("{\"autenticacao\":{\"usuario\":\"loja\",\"token\":\"***\"}}")).isEmpty();
        assertThat(findings("java.lang.IllegalStateException: Authorization: Bearer ***")).isEmpty();
        assertThat(findings("PBX circuit CLOSED -> OPEN")).isEmpty();
    }

    /** What looks like a secret in one line, each shown by its first characters only (reports must not spread it). */
    private static List<String> findings(String line) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Pattern> shape : SHAPES.entrySet()) {
            Matcher m = shape.getValue().matcher(line);
            if (m.find()) {
                found.add(shape.getKey() + " " + start(m.group()));
            }
        }
        for (String secret : FIXED) {
            if (line.contains(secret)) {
                found.add("fixed secret " + start(secret));
            }
        }
        return found;
    }

    private static String start(String secret) {
        return secret.substring(0, Math.min(6, secret.length())) + "…";
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> logs = Files.walk(TEST_LOGS)) {
            logs.filter(Files::isRegularFile).forEach(files::add);
        }
        if (Files.isDirectory(REPORTS)) {
            try (Stream<Path> outputs = Files.list(REPORTS)) {
                outputs.filter(p -> p.getFileName().toString().endsWith("-output.txt"))
                        .filter(p -> !p.getFileName().toString().contains(SecretScanOfTestLogs.class.getSimpleName()))
                        .forEach(files::add);
            }
        }
        return files;
    }
}

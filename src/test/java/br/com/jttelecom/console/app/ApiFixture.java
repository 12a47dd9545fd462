package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.ApiSecretFile;
import br.com.jttelecom.console.api.ApiServer;
import br.com.jttelecom.console.api.JwtTokens;
import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.app.wiring.ApiComposition;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.SettingsFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A demo console (embedded simulator, H2 file in a temp folder) with its API on a free loopback
 * port, and a plain java.net.http client to talk to it as the CRM would.
 */
final class ApiFixture implements AutoCloseable {

    static final Map<String, String> PASSWORDS = Map.of("agente", DemoAccounts.AGENT,
            "supervisor", DemoAccounts.SUPERVISOR, "admin", DemoAccounts.ADMIN);
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dataDir;
    final ConsoleRuntime runtime;
    final AdminServices admin;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiFixture(Path dataDir) throws UsageException {
        this(dataDir, Map.of());
    }

    /** With these settings written to the settings file before the start. */
    ApiFixture(Path dataDir, Map<String, String> presets) throws UsageException {
        this.dataDir = dataDir;
        LaunchOptions options = new CommandLine(Messages.portuguese())
                .parse(new String[]{"--demo", "--data-dir", dataDir.toString()});
        SettingsFile settings = SettingsFile.open(dataDir);
        presets.forEach(settings::put);
        ConfigLoader loader = new ConfigLoader(Map.of(), dataDir);
        this.runtime = ConsoleRuntime.start(loader.load(options, settings), settings, Clock.systemUTC());
        this.admin = new AdminServices(runtime);
        this.server = ApiComposition.start(runtime, admin, 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String webhookSecret() {
        return ApiSecretFile.readOrCreate(dataDir.resolve(ApiComposition.WEBHOOK_FILE));
    }

    /** This install's token key, to make tokens the console itself would never issue. */
    byte[] signingKey() {
        return ApiSecretFile.readOrCreate(dataDir.resolve(ApiComposition.SIGNING_FILE)).getBytes(StandardCharsets.UTF_8);
    }

    /** Tokens signed with this install's key at another moment (an expired one, say). */
    JwtTokens tokensAt(Clock clock) {
        return new JwtTokens(ApiSecretFile.readOrCreate(dataDir.resolve(ApiComposition.SIGNING_FILE))
                .getBytes(StandardCharsets.UTF_8), clock);
    }

    String login(String user) {
        return login(user, PASSWORDS.get(user));
    }

    String login(String user, String password) {
        Reply r = send("POST", "/api/auth/login", null,
                "{\"login\":\"" + user + "\",\"password\":\"" + password + "\"}", Map.of());
        if (r.status() != 200) {
            throw new AssertionError("login " + user + " -> " + r);
        }
        return r.json().get("token").asText();
    }

    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        return sendBytes(method, path, token, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Raw bytes as the body, so tests can send what no {@code String} holds (invalid UTF-8). */
    Reply sendBytes(String method, String path, String token, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(method + " " + path, e);
        }
    }

    /** A demo account as the services see it. */
    ConsoleUser account(String login) {
        return admin.accounts().authenticate(login, PASSWORDS.get(login).toCharArray()).user().orElseThrow();
    }

    /** Runs {@code work} as the demo admin would in the window (creating users, linking extensions). */
    <T> T asAdmin(Supplier<T> work) {
        return admin.session().callAs(account("admin"), work);
    }

    /** An agent of another team ("Suporte"), password {@link #OTHER_PASSWORD}, created as the admin would. */
    ConsoleUser otherTeamAgent(String login) {
        return asAdmin(() -> admin.accounts().create(login, "Olga Outra", Role.AGENT, "Suporte",
                OTHER_PASSWORD.toCharArray()));
    }

    static final String OTHER_PASSWORD = "outra123";

    PbxSimulator simulator() {
        return runtime.simulator().orElseThrow();
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    record Reply(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
    }
}

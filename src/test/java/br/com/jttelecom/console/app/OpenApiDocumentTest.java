package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/openapi.yaml lists exactly the routes the server registers: none missing, none extra. */
class OpenApiDocumentTest {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

    @TempDir
    static Path dataDir;
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
        Set<String> served = api.server.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());
        assertThat(documented()).isEqualTo(served);
    }

    @Test
    void theServerHasTheSeedsRoutes() {
        List<Route> routes = api.server.routes();
        assertThat(routes).contains(new Route("post", "/api/telephony/click-to-call"),
                new Route("put", "/api/telephony/calls/{id}/update"),
                new Route("post", "/api/telephony/operators/{id}/unpause"),
                new Route("post", "/api/telephony/webhook/call-status"),
                new Route("delete", "/api/telephony/dids/{id}"));
    }

    private static Set<String> documented() throws Exception {
        Set<String> routes = new HashSet<>();
        String current = null;
        boolean inPaths = false;
        for (String line : Files.readAllLines(Path.of("docs/openapi.yaml"))) {
            if (line.equals("paths:")) {
                inPaths = true;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                current = p.group(1);
            } else if (m.matches() && current != null) {
                routes.add(m.group(1) + " " + current);
            }
        }
        return routes;
    }
}

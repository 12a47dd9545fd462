package br.com.jttelecom.console.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Any other path gets the web server's HTML 404, as a wrongly configured base URL does on the real host. */
final class NotFoundPage {

    private NotFoundPage() {
    }

    static void handle(HttpExchange ex) throws IOException {
        try {
            ex.getRequestBody().readAllBytes();
            String html = "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n"
                    + "<hr><center>nginx</center>\n</body>\n</html>\n";
            ResponseWriter.raw(ex, 404, "text/html", html.getBytes(StandardCharsets.UTF_8));
        } finally {
            ex.close();
        }
    }
}

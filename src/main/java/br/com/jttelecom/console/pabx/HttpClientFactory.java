package br.com.jttelecom.console.pabx;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the OkHttp client is built: timeouts, auth, redacted logging, per-host certificate pins,
 * the loopback-only rule for {@code http://}. Per-call variants (dial) derive from it with
 * {@code newBuilder()} so they share the connection pool.
 */
final class HttpClientFactory {

    /** The logger of the HTTP exchanges (DEBUG); its output is always redacted. */
    static final String HTTP_LOGGER = "br.com.jttelecom.console.pabx.http";

    private static final Logger HTTP_LOG = LoggerFactory.getLogger(HTTP_LOGGER);

    private HttpClientFactory() {
    }

    /** The parsed base URL, refusing an unparseable one and {@code http://} to anything but this machine. */
    static HttpUrl checkedBaseUrl(String baseUrl) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.strip());
        if (url == null) {
            throw new PabxConfigurationError(PabxConfigurationError.Kind.INVALID_URL, baseUrl);
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new PabxConfigurationError(PabxConfigurationError.Kind.INSECURE_URL, url.scheme() + "://" + url.host());
        }
        return url;
    }

    /** Loopback by name or literal only: no DNS lookup, so a hostile resolver cannot make a host "local". */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    static OkHttpClient build(PabxSettings settings) {
        Redactor redactor = new Redactor(settings.token());
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(line -> {
            if (HTTP_LOG.isDebugEnabled()) {
                HTTP_LOG.debug(redactor.redact(line));
            }
        });
        logging.setLevel(switch (settings.logLevel()) {
            case NONE -> HttpLoggingInterceptor.Level.NONE;
            case BASIC -> HttpLoggingInterceptor.Level.BASIC;
            case HEADERS -> HttpLoggingInterceptor.Level.HEADERS;
            case BODY -> HttpLoggingInterceptor.Level.BODY;
        });
        logging.redactHeader("token");
        logging.redactHeader("usuario");
        logging.redactHeader("Authorization");
        logging.redactHeader("Cookie");
        logging.redactHeader("Set-Cookie");

        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // A body dripping one byte per second never trips the read timeout: the call timeout ends it.
                .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false) // a redirect would carry the token header to wherever it points
                .addInterceptor(new AuthInterceptor(settings))
                .addNetworkInterceptor(logging);
        PinnedTrust.apply(b, settings.certificatePins());
        return b.build();
    }

    /** The dial variant: its own timeout and no silent retry of a request that may already have rung. */
    static OkHttpClient dialVariant(OkHttpClient shared, PabxSettings settings) {
        long ms = settings.dialTimeout().toMillis();
        return shared.newBuilder()
                .readTimeout(ms, TimeUnit.MILLISECONDS)
                .callTimeout(ms, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The write variant: no silent retry either, the normal timeouts. */
    static OkHttpClient writeVariant(OkHttpClient shared) {
        return shared.newBuilder().retryOnConnectionFailure(false).build();
    }
}

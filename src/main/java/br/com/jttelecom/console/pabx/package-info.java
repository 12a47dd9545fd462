/**
 * The client of the JT Telecom cloud PBX ({@code suite/api}, see {@code shared/spec/pabx-api.md}).
 *
 * <h2>Use</h2>
 * <pre>{@code
 * PabxSettings settings = PabxSettings.of(PabxSettings.DEFAULT_BASE_URL, user, token)
 *         .withAuthMode(AuthMode.HEADERS);               // or LEGACY_API_PHP for old servers
 * try (PabxClient pbx = new PabxClient(settings)) {    // throws PabxConfigurationError for http:// to non-loopback
 *     ConnectionReport r = pbx.testConnection();       // ok, latency, failure (DNS, TLS, REFUSED, AUTH, HTML…), message
 *     pbx.addCircuitListener((from, to) -> statusBar.show(to));   // CLOSED / OPEN / HALF_OPEN
 *     pbx.historyCalls(HistoryQuery.between(from, to)).forEach(store::upsert);  // lazy, paged, 2-month windows
 *     WriteAnswer a = pbx.dial("202", "011987654321", Map.of());                // sent once, never retried
 *     PabxMetrics.Snapshot m = pbx.metrics().snapshot();                       // counts, errors, p50/p95/p99
 * }
 * }</pre>
 *
 * <h2>Rules it keeps</h2>
 * <ul>
 *   <li>Every failure is a sealed {@link br.com.jttelecom.console.pabx.PabxException} with a Portuguese
 *       sentence; OkHttp, Jackson and resilience4j types never leave this package.</li>
 *   <li>Reads are retried (exponential back-off with jitter); writes and dials never. One rate limiter
 *       per client for every caller, paused as a whole by a {@code Retry-After}. A circuit breaker
 *       opens when the PBX is down.</li>
 *   <li>The token and the SIP/web/DID passwords never reach a log line, a {@code toString()} or an
 *       exception message.</li>
 *   <li>{@code pabx.wire} holds the JSON records exactly as the PBX names them; they are shared with the
 *       simulator and depend on nothing else here.</li>
 * </ul>
 */
package br.com.jttelecom.console.pabx;

package br.com.jttelecom.console.pabx;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;

/**
 * Reads the certificate a PBX host presents, so an admin can compare its fingerprint and pin it
 * ({@link PabxSettings#withCertificatePins}). It only completes a TLS handshake and sends nothing —
 * no credentials — which is why it may look at a certificate it does not trust.
 */
public final class CertificateProbe {

    /** What the admin is shown before deciding to pin: the pin to store and facts to compare. */
    public record CertificateInfo(String host, String pin, String sha256Fingerprint, String subject, String issuer,
                                  Instant notAfter, boolean trustedBySystem) {
    }

    private CertificateProbe() {
    }

    /** @throws PabxException when the URL is invalid or the host cannot be reached */
    public static CertificateInfo inspect(String baseUrl, Duration timeout) {
        HttpUrl url = HttpClientFactory.checkedBaseUrl(baseUrl);
        X509Certificate[][] seen = new X509Certificate[1][];
        X509TrustManager capture = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // never a client here
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                seen[0] = chain; // look only: nothing is sent on this connection
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {capture}, null);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(url.host(), url.port()), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                socket.startHandshake();
            }
            X509Certificate leaf = seen[0][0];
            return new CertificateInfo(url.host(), PinnedTrust.pin(leaf), fingerprint(leaf),
                    leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(),
                    leaf.getNotAfter().toInstant(), trustedBySystem(seen[0]));
        } catch (IOException e) {
            throw IoErrors.map(null, url, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    private static String fingerprint(X509Certificate cert) throws CertificateEncodingException {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean trustedBySystem(X509Certificate[] chain) {
        try {
            var f = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            f.init((java.security.KeyStore) null);
            ((X509TrustManager) f.getTrustManagers()[0]).checkServerTrusted(chain, "UNKNOWN");
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}

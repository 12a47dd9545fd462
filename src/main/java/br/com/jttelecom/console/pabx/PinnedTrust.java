package br.com.jttelecom.console.pabx;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import okhttp3.OkHttpClient;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * Per-host certificate pins for PBX hosts whose certificate does not verify (bare IP hosts): for a
 * pinned host the server's leaf certificate is accepted if and only if its public key matches the pin
 * an admin confirmed; every other host gets the normal system trust and hostname checks. Certificate
 * checks are never switched off globally.
 *
 * <p>Pins use OkHttp's form, {@code sha256/<base64 of SHA-256 of the SubjectPublicKeyInfo>}.
 */
final class PinnedTrust extends X509ExtendedTrustManager implements HostnameVerifier {

    private final X509ExtendedTrustManager system;
    private final Map<String, String> pins;

    private PinnedTrust(X509ExtendedTrustManager system, Map<String, String> pins) {
        this.system = system;
        this.pins = pins.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().strip()));
    }

    /** Applies the pins to a client builder; without pins the builder is left untouched. */
    static void apply(OkHttpClient.Builder builder, Map<String, String> pins) {
        if (pins.isEmpty()) {
            return;
        }
        try {
            PinnedTrust trust = new PinnedTrust(systemTrustManager(), pins);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
            builder.sslSocketFactory(tls.getSocketFactory(), trust).hostnameVerifier(trust);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    /** The pin of a certificate: {@code sha256/} + base64(SHA-256(SubjectPublicKeyInfo)). */
    static String pin(X509Certificate cert) {
        try {
            byte[] spki = cert.getPublicKey().getEncoded();
            return "sha256/" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509ExtendedTrustManager systemTrustManager() throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        for (var tm : f.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    private String pinFor(String host) {
        return host == null ? null : pins.get(host.toLowerCase(Locale.ROOT));
    }

    private void checkPinned(X509Certificate[] chain, String expected) throws CertificateException {
        if (chain == null || chain.length == 0 || !expected.equals(pin(chain[0]))) {
            throw new CertificateException("certificate does not match the pin stored for this host");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        String expected = socket instanceof SSLSocket s && s.getHandshakeSession() != null
                ? pinFor(s.getHandshakeSession().getPeerHost()) : null;
        if (expected != null) {
            checkPinned(chain, expected);
        } else {
            system.checkServerTrusted(chain, authType, socket);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        String expected = engine == null ? null : pinFor(engine.getPeerHost());
        if (expected != null) {
            checkPinned(chain, expected);
        } else {
            system.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system.checkServerTrusted(chain, authType); // no host known here: only the system's trust applies
    }

    @Override
    public boolean verify(String host, SSLSession session) {
        String expected = pinFor(host);
        if (expected == null) {
            return OkHostnameVerifier.INSTANCE.verify(host, session);
        }
        try {
            var certs = session.getPeerCertificates();
            return certs.length > 0 && certs[0] instanceof X509Certificate x && expected.equals(pin(x));
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        system.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        system.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}

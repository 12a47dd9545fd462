package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.i18n.Localized;
import java.util.Optional;

/**
 * What "Testar conexão" found: OK with the latency, or the exact problem, said in the person's language;
 * for a certificate that does not verify, the certificate's details so an admin may pin it.
 */
public record ConnectionTestResult(boolean ok, Localized message, Optional<CertificateOffer> certificate) {

    /** A certificate an admin may pin for its host. */
    public record CertificateOffer(String host, String pin, String sha256Fingerprint, String subject, String issuer) {
    }
}

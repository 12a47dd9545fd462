package br.com.jttelecom.console.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx}: stack traces too may quote a request or a header, so they pass the same mask. */
public final class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return SecretMasker.mask(super.throwableProxyToString(tp));
    }
}

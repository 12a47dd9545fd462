package br.com.jttelecom.console.pabx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/** Maps the I/O failures of a call to {@link PabxUnavailable} with the exact reason. */
final class IoErrors {

    private IoErrors() {
    }

    static PabxUnavailable map(String action, HttpUrl url, IOException e) {
        String where = "(" + url.host() + ":" + url.port() + ")";
        PabxUnavailable.Reason reason = reason(e);
        String detail = reason == PabxUnavailable.Reason.DNS ? "(" + url.host() + ")" : where;
        return new PabxUnavailable(action, reason, 0, detail, e);
    }

    static PabxUnavailable.Reason reason(IOException e) {
        if (e instanceof UnknownHostException) {
            return PabxUnavailable.Reason.DNS;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return PabxUnavailable.Reason.REFUSED;
        }
        if (e instanceof SocketTimeoutException) {
            return PabxUnavailable.Reason.TIMEOUT;
        }
        if (e instanceof SSLException || e.getCause() instanceof SSLException) {
            return PabxUnavailable.Reason.TLS;
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp's call timeout arrives as InterruptedIOException("timeout"); a real interrupt as "interrupted".
            return Thread.currentThread().isInterrupted()
                    ? PabxUnavailable.Reason.INTERRUPTED : PabxUnavailable.Reason.TIMEOUT;
        }
        return PabxUnavailable.Reason.NETWORK;
    }
}

package br.com.jttelecom.console.pabx;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads an answer's body into memory, but never more than the client's cap: a server that sends hundreds of
 * megabytes (a proxy gone wrong, a list without end) gets a typed error instead of filling the heap. A declared
 * {@code Content-Length} over the cap is refused before a byte is read; a chunked body is counted as it comes.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /** @throws PabxProtocolError of kind {@link PabxProtocolError.Kind#TOO_LARGE} past {@code maxBytes} */
    static byte[] read(String action, int httpStatus, ResponseBody body, long maxBytes) throws IOException {
        if (body.contentLength() > maxBytes) {
            throw PabxProtocolError.tooLarge(action, httpStatus, maxBytes);
        }
        BufferedSource source = body.source();
        // request() buffers up to maxBytes + 1 and says whether that many came: at most one byte past the cap.
        if (source.request(maxBytes + 1)) {
            throw PabxProtocolError.tooLarge(action, httpStatus, maxBytes);
        }
        return source.readByteArray();
    }
}

package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request's body, read once and whole or not at all: over {@link ApiSettings#MAX_WEBHOOK_BYTES}
 * it is refused (413) however it is framed — a chunked body declares no length, and the framework
 * would hand over only its start — so no route ever acts on a cut body. Text must be UTF-8.
 */
final class RequestBody {

    private static final String ATTRIBUTE = "jt.body";

    private RequestBody() {
    }

    static byte[] bytes(Context ctx, Messages messages) {
        byte[] cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        if (ctx.req().getContentLengthLong() > ApiSettings.MAX_WEBHOOK_BYTES) {
            throw tooLarge(messages);
        }
        byte[] read;
        try (InputStream in = ctx.req().getInputStream()) {
            read = in.readNBytes(ApiSettings.MAX_WEBHOOK_BYTES + 1);
        } catch (IOException e) {
            // The client stopped sending (or sent a broken chunk): there is no whole body to act on.
            throw new ApiException(400, "bad_request", messages.get("api.error.badRequest"));
        }
        if (read.length > ApiSettings.MAX_WEBHOOK_BYTES) {
            throw tooLarge(messages);
        }
        ctx.attribute(ATTRIBUTE, read);
        return read;
    }

    /** The body as text; bytes that are not UTF-8 are refused, never turned into "�". */
    static String text(Context ctx, Messages messages, String invalidKey) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(ctx, messages))).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_encoding", messages.get(invalidKey));
        }
    }

    private static ApiException tooLarge(Messages messages) {
        return new ApiException(413, "too_large", messages.get("api.error.tooLarge"));
    }
}

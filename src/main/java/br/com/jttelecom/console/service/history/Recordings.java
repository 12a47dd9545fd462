package br.com.jttelecom.console.service.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches call recordings to local files before anything plays them. The recording link needs no
 * PBX credentials (it is the audio itself), so this uses the JDK's HTTP client, not the PBX client.
 *
 * <p>The old link format answers 200 with an HTML page instead of audio; handing that to the media
 * player gives a cryptic error or noise, so the Content-Type and the first bytes are checked and a
 * non-audio answer is refused with {@link RecordingUnavailable.Reason#NOT_AUDIO}.
 */
public final class Recordings {

    private static final Logger LOG = LoggerFactory.getLogger(Recordings.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Path folder;

    /** @param folder where downloads go (a temp folder of the app); created when absent */
    public Recordings(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Downloads the recording to a file in the app's folder and returns it. The same link twice is
     * fetched twice: recordings can appear late, and a stale "missing" must not stick.
     */
    public Path download(String url) throws RecordingUnavailable, InterruptedException {
        if (url == null || url.isBlank()) {
            throw new RecordingUnavailable(RecordingUnavailable.Reason.MISSING, "no link");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new RecordingUnavailable(RecordingUnavailable.Reason.MISSING, "bad link");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new RecordingUnavailable(RecordingUnavailable.Reason.MISSING, "not an http link");
        }
        try {
            return fetch(uri);
        } catch (RecordingUnavailable e) {
            // The host only: a recording link may carry a signature or a token in its path or query.
            LOG.info("Recording from {} unavailable: {}", uri.getHost(), e.getMessage());
            throw e;
        }
    }

    private Path fetch(URI uri) throws RecordingUnavailable, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RecordingUnavailable(RecordingUnavailable.Reason.NETWORK, e.toString());
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 404 || status == 410) {
                throw new RecordingUnavailable(RecordingUnavailable.Reason.NOT_FOUND, "HTTP " + status);
            }
            if (status / 100 != 2) {
                throw new RecordingUnavailable(RecordingUnavailable.Reason.NETWORK, "HTTP " + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/") || type.contains("html") || type.contains("json")) {
                throw new RecordingUnavailable(RecordingUnavailable.Reason.NOT_AUDIO, "Content-Type " + type);
            }
            byte[] head = body.readNBytes(12);
            AudioFormat format = AudioFormat.sniff(head);
            if (format == null) {
                throw new RecordingUnavailable(RecordingUnavailable.Reason.NOT_AUDIO, "first bytes are not audio");
            }
            return save(head, body, format);
        } catch (IOException e) {
            throw new RecordingUnavailable(RecordingUnavailable.Reason.NETWORK, e.toString());
        }
    }

    private Path save(byte[] head, InputStream rest, AudioFormat format) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "gravacao-", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            out.write(head);
            rest.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Path done = partial.resolveSibling(partial.getFileName().toString().replace(".part", format.extension));
        return Files.move(partial, done, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The formats the media player takes, told apart by their magic bytes. */
    enum AudioFormat {
        WAV(".wav"), MP3(".mp3"), AAC_M4A(".m4a");

        final String extension;

        AudioFormat(String extension) {
            this.extension = extension;
        }

        static AudioFormat sniff(byte[] head) {
            if (head.length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
                return WAV;
            }
            if (head.length >= 3 && ascii(head, 0, "ID3")) {
                return MP3;
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
                return MP3;
            }
            if (head.length >= 8 && ascii(head, 4, "ftyp")) {
                return AAC_M4A;
            }
            return null;
        }

        private static boolean ascii(byte[] b, int at, String s) {
            return Arrays.equals(b, at, at + s.length(), s.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, s.length());
        }
    }
}

package br.com.jttelecom.console.app.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One console per user and data folder. The first launch listens on a Unix domain socket in the
 * data folder (only the owner can reach it: the folder is the user's and the socket is 0600); a
 * later launch connects, hands over its number (or just "come forward") and exits.
 *
 * <p>A socket file left by a crash answers "connection refused": it is deleted and taken over,
 * so a stale lock never blocks a start.
 */
public final class SingleInstance implements AutoCloseable {

    static final String SOCKET_NAME = "console.sock";
    private static final String HELLO = "JTCONSOLE1";
    private static final int MAX_LINE = 512;
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    /** What a later launch asks of the running console. */
    public record Handover(Optional<String> dial) {
    }

    private final ServerSocketChannel server;
    private final Path socket;
    private final HandoverInbox inbox = new HandoverInbox();
    private volatile boolean closed;

    private SingleInstance(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
        Thread.ofPlatform().daemon().name("jt-single-instance").start(this::acceptLoop);
    }

    /**
     * Hands the request to a running console, or becomes the running console.
     *
     * @return empty when a running console took the request (this launch should exit 0)
     */
    public static Optional<SingleInstance> claim(Path dataDir, Handover request) throws IOException {
        Files.createDirectories(dataDir);
        Path socket = dataDir.resolve(SOCKET_NAME);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (Files.exists(socket)) {
                if (handOver(socket, request)) {
                    return Optional.empty();
                }
                // Nobody answers: a console that crashed left it behind.
                Files.deleteIfExists(socket);
            }
            try {
                return Optional.of(new SingleInstance(bind(socket), socket));
            } catch (SocketException e) {
                // Another launch bound it between our check and our bind: talk to that one.
                LOG.debug("Socket {} taken while binding: {}", socket, e.toString());
            }
        }
        throw new IOException("could not claim " + socket);
    }

    /** Who is told about hand-overs; any that arrived before are delivered now, in order. */
    public void onHandover(Consumer<Handover> newHandler) {
        inbox.onHandover(newHandler);
    }

    /** Where this socket's hand-overs go; other sources of requests (macOS links) join them here. */
    public HandoverInbox inbox() {
        return inbox;
    }

    private static ServerSocketChannel bind(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** @return false when nothing listens on the socket (refused or not a socket) */
    private static boolean handOver(Path socket, Handover request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            String line = HELLO + " " + request.dial().map(d -> "DIAL " + d).orElse("SHOW") + "\n";
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            String answer = in.readLine();
            if (!"OK".equals(answer)) {
                throw new IOException("the running console did not accept the request: " + answer);
            }
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (SocketException e) {
            // Not a socket any more (a plain file, a removed path): treat as stale.
            LOG.debug("Stale console socket {}: {}", socket, e.toString());
            return false;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try (SocketChannel client = server.accept()) {
                Optional<Handover> request = read(client);
                // Delivered before the answer, so "OK" means the console has the request.
                request.ifPresent(inbox::accept);
                client.write(ByteBuffer.wrap((request.isPresent() ? "OK\n" : "NO\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Single-instance socket: {}", e.toString());
                }
            } catch (RuntimeException e) {
                LOG.warn("Hand-over handler failed", e);
            }
        }
    }

    private static Optional<Handover> read(SocketChannel client) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE);
        while (buffer.hasRemaining()) {
            int before = buffer.position();
            if (client.read(buffer) < 0) {
                break;
            }
            if (indexOfNewline(buffer, before) >= 0) {
                break;
            }
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return Optional.empty();
        }
        String line = text.substring(0, nl);
        if (line.equals(HELLO + " SHOW")) {
            return Optional.of(new Handover(Optional.empty()));
        }
        if (line.startsWith(HELLO + " DIAL ")) {
            return Optional.of(new Handover(Optional.of(line.substring(HELLO.length() + 6))));
        }
        return Optional.empty();
    }

    private static int indexOfNewline(ByteBuffer buffer, int from) {
        for (int i = from; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package br.com.jttelecom.console.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SingleInstanceTest {

    @TempDir
    Path dataDir;

    private final LinkedBlockingQueue<SingleInstance.Handover> received = new LinkedBlockingQueue<>();

    @Test
    void aSecondLaunchHandsItsNumberToTheFirstAndStepsAside() throws Exception {
        try (SingleInstance first = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            first.onHandover(received::add);

            Optional<SingleInstance> second = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("+55 48 99123-4567")));

            assertThat(second).isEmpty();
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(new SingleInstance.Handover(Optional.of("+55 48 99123-4567")));
        }
    }

    @Test
    void aLaunchWithoutANumberOnlyAsksForTheWindow() throws Exception {
        try (SingleInstance first = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            first.onHandover(received::add);
            assertThat(SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty()))).isEmpty();
            assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(new SingleInstance.Handover(Optional.empty()));
        }
    }

    @Test
    void handOversBeforeTheWindowListensAreKeptInOrder() throws Exception {
        try (SingleInstance first = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("1")));
            SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("2")));
            first.onHandover(received::add);
            assertThat(received).extracting(h -> h.dial().orElseThrow()).containsExactly("1", "2");
        }
    }

    @Test
    void theSocketIsOnlyForItsOwner() throws Exception {
        try (SingleInstance first = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            assertThat(first).isNotNull();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(SingleInstance.SOCKET_NAME))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aSocketLeftByACrashedConsoleIsTakenOver() throws Exception {
        Path socket = dataDir.resolve(SingleInstance.SOCKET_NAME);
        // A console that died without cleaning up: the file stays, nobody listens on it.
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close();
        assertThat(socket).exists();

        try (SingleInstance taken = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            taken.onHandover(received::add);
            assertThat(SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("+5548991234567")))).isEmpty();
            assertThat(received.poll(10, TimeUnit.SECONDS).dial()).contains("+5548991234567");
        }
    }

    @Test
    void aPlainFileInThePlaceOfTheSocketDoesNotBlockTheStart() throws Exception {
        Files.writeString(dataDir.resolve(SingleInstance.SOCKET_NAME), "left over");
        try (SingleInstance taken = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            assertThat(taken).isNotNull();
        }
    }

    @Test
    void closingRemovesTheSocketSoTheNextStartIsFirst() throws Exception {
        SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow().close();
        assertThat(dataDir.resolve(SingleInstance.SOCKET_NAME)).doesNotExist();
        try (SingleInstance again = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }
}

package br.com.jttelecom.console.store.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Whether a running console has the database file open: H2 holds an OS lock on it while it does. */
final class DatabaseLock {

    private DatabaseLock() {
    }

    static void refuseIfInUse(Path dbFile) {
        if (!Files.exists(dbFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new DatabaseInUse();
            }
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check whether the database is in use", e);
        }
    }
}

package com.regimen.core.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The mariadbd already running on a data directory, found through the pid file it keeps there and
 * trusted only when the process really is a mariadbd started on that very directory (a stale pid
 * file may name any process by now). Either a live Regimen process owns it (its parent is a running
 * JVM: another process may use it, e.g. {@code db backup} beside the server), or it is an orphan
 * left by a server killed with kill -9 (it holds the data directory's locks, so it is stopped).
 */
record RunningServer(ProcessHandle process, Path dataDir) {
    static final String PID_FILE = "regimen-mariadbd.pid";
    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);
    // A clean shutdown flushes InnoDB's buffer pool: give it time before forcing (which InnoDB also survives).
    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    static Path pidFile(Path dataDir) {
        return dataDir.resolve(PID_FILE);
    }

    /** The live mariadbd whose pid the data directory records, if that process is mariadbd on this directory. */
    static Optional<RunningServer> find(Path dataDir) {
        Path pidFile = pidFile(dataDir);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring the unreadable pid file {}", pidFile);
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> new RunningServer(process, dataDir))
                .filter(RunningServer::servesDataDir);
    }

    /** Whether a live JVM (a Regimen server or command) started this server and still runs. */
    boolean ownedByLiveProcess() {
        return process.parent()
                .filter(ProcessHandle::isAlive)
                .filter(parent -> parent.pid() != 1)
                .map(parent -> parent.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .orElse(false);
    }

    /** The TCP port it listens on, from its command line. */
    int port() {
        return arguments().stream()
                .filter(argument -> argument.startsWith("--port="))
                .map(argument -> Integer.parseInt(argument.substring("--port=".length())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("mariadbd (pid " + process.pid() + ") names no port"));
    }

    /** Stops this orphan: a clean shutdown first, a kill only if that does not end. */
    void stopOrphan() {
        LOG.warn("Stopping the database server left running on {} (pid {}) by a server that did not shut down",
                dataDir, process.pid());
        process.destroy();
        if (!waitForExit(SHUTDOWN_WAIT_SECONDS)) {
            LOG.warn("The left-over database server (pid {}) did not stop in {} s; killing it", process.pid(),
                    SHUTDOWN_WAIT_SECONDS);
            process.destroyForcibly();
            if (!waitForExit(SHUTDOWN_WAIT_SECONDS)) {
                throw new IllegalStateException("Could not stop the database server (pid " + process.pid()
                        + ") left running on " + dataDir);
            }
        }
    }

    private boolean servesDataDir() {
        boolean mariadbd = process.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false);
        String expected = dataDir.toAbsolutePath().normalize().toString();
        return mariadbd && arguments().stream()
                .filter(argument -> argument.startsWith("--datadir="))
                .map(argument -> Path.of(argument.substring("--datadir=".length())).toAbsolutePath().normalize().toString())
                .anyMatch(expected::equals);
    }

    private List<String> arguments() {
        return process.info().arguments().map(List::of).orElse(List.of());
    }

    private boolean waitForExit(long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the left-over database server", e);
        }
    }
}

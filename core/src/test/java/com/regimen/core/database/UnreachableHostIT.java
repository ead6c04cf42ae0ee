package com.regimen.core.database;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database machine that died does not refuse connections the way a killed process on a live
 * machine does: nothing answers at all, and an operating system gives up on a connection attempt
 * only after about two minutes of retries. With a multi-host URL whose first host is such a
 * machine, every new connection (and the driver's periodic fall-back to its first host) would hang
 * that long. Here the dead machine is a loopback listener whose accept queue is full: Linux then
 * drops further connection attempts unanswered, as the network does for a machine that is gone.
 */
class UnreachableHostIT {
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void aConnectionMovesToTheNextHostWhenTheFirstDoesNotAnswer() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket silent = new ServerSocket(0, 1, loopback)) {
            List<Socket> queued = fillAcceptQueue(silent);
            String hostAndRest = DB.url().substring("jdbc:mysql://".length());
            String url = JdbcUrls.withRequiredOptions("jdbc:mysql://127.0.0.1:" + silent.getLocalPort() + "," + hostAndRest
                    + "&failOverReadOnly=false");
            ExecutorService connecting = Executors.newSingleThreadExecutor();
            try {
                Future<String> host = connecting.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url, DB.user(), DB.password())) {
                        return connection.createStatement().executeQuery("SELECT 1").next() ? "the next host" : "none";
                    }
                });
                // A bound on the hang, not on speed: without a connect timeout the attempt on the silent
                // host alone lasts about two minutes.
                assertThat(host.get(60, TimeUnit.SECONDS)).isEqualTo("the next host");
            } finally {
                connecting.shutdownNow();
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    /** Connections the listener never accepts, until the kernel's queue for it is full. */
    private static List<Socket> fillAcceptQueue(ServerSocket listener) throws IOException {
        List<Socket> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort()), 500);
                queued.add(socket);
            } catch (IOException full) {
                socket.close();
                return queued;
            }
        }
        throw new IllegalStateException("the listener's accept queue never filled: this test cannot show a silent host");
    }
}

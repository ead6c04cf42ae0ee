package com.regimen.core.database;

import com.mysql.cj.conf.ConnectionUrl;
import com.mysql.cj.conf.HostInfo;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the database is and how to sign in, for the database's own command-line tools as much as
 * for JDBC. {@code embeddedBaseDir} is where the embedded server's binaries were unpacked; without
 * it the tools are looked up on the PATH (an external server).
 */
public record DatabaseAddress(String jdbcUrl, String user, String password, Optional<Path> embeddedBaseDir) {

    private HostInfo host() {
        return ConnectionUrl.getConnectionUrlInstance(jdbcUrl, new Properties()).getMainHost();
    }

    public String hostName() {
        return host().getHost();
    }

    public int port() {
        return host().getPort();
    }

    public String database() {
        String database = host().getDatabase();
        if (database == null || !database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new BackupException("The database URL names no database (or an unusual one): " + jdbcUrl
                    .replaceAll("[?].*", ""));
        }
        return database;
    }

    /** The embedded server offers no TLS (loopback only); an external one is reached as its URL says. */
    boolean withoutTls() {
        return embeddedBaseDir.isPresent() || jdbcUrl.contains("sslMode=DISABLED");
    }
}

package com.regimen.core.database;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection options every Regimen connection needs, whoever wrote the URL: instants travel
 * as UTC whatever the JVM's or the server's zone, and text as UTF-8 (utf8mb4) so Arabic names
 * and emoji survive; the driver keeps what it already knows instead of asking again; and a connection
 * attempt to a host that does not answer gives up in seconds, not minutes.
 */
public final class JdbcUrls {
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("connectionTimeZone", "UTC");
        REQUIRED.put("forceConnectionTimeZoneToSession", "true");
        REQUIRED.put("characterEncoding", "UTF-8");
        REQUIRED.put("rewriteBatchedStatements", "true");
        // Measured by the booking benchmark: without these, the driver asks the server for the
        // session's read-only flag and isolation level around every statement (a dozen extra round
        // trips per booking) and parses each statement's text again on every execution. Jdbi sets
        // session state only through the JDBC API, so the driver's own record of it is right.
        REQUIRED.put("useLocalSessionState", "true");
        REQUIRED.put("cachePrepStmts", "true");
        REQUIRED.put("prepStmtCacheSize", "250");
        REQUIRED.put("prepStmtCacheSqlLimit", "4096");
        // A database machine that died answers nothing, and the operating system gives up on a
        // connection attempt only after about two minutes: with a cluster's nodes in the URL, each new
        // connection and each of the driver's periodic returns to its first host would hold a request
        // that long. 2 s, as config.yml's driver properties say (whichever of the two the driver
        // reads, the value is the same); a URL that names its own value keeps it.
        REQUIRED.put("connectTimeout", "2000");
        // With a cluster's nodes in the URL, a connection that moved to another node stays there until
        // that node fails or the pool retires it. The driver would otherwise switch it back to its
        // first host after 30 s or 50 statements, right after a commit, and a node that has just
        // restarted accepts connections a moment before it takes queries: the next statement then
        // failed, and a booking already saved was answered 503 DATABASE_UNAVAILABLE (GaleraClusterIT).
        REQUIRED.put("secondsBeforeRetrySource", "0");
        REQUIRED.put("queriesBeforeRetrySource", "0");
    }

    private JdbcUrls() {
    }

    public static String withRequiredOptions(String url) {
        StringBuilder result = new StringBuilder(url);
        for (Map.Entry<String, String> option : REQUIRED.entrySet()) {
            if (!url.contains(option.getKey() + "=")) {
                result.append(result.indexOf("?") < 0 ? '?' : '&')
                        .append(option.getKey()).append('=').append(option.getValue());
            }
        }
        return result.toString();
    }
}

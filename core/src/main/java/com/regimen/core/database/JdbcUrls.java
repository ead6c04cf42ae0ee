package com.regimen.core.database;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection options every Regimen connection needs, whoever wrote the URL: instants travel
 * as UTC whatever the JVM's or the server's zone, and text as UTF-8 (utf8mb4) so Arabic names
 * and emoji survive.
 */
public final class JdbcUrls {
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("connectionTimeZone", "UTC");
        REQUIRED.put("forceConnectionTimeZoneToSession", "true");
        REQUIRED.put("characterEncoding", "UTF-8");
        REQUIRED.put("rewriteBatchedStatements", "true");
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

package com.regimen.core.paging;

import com.regimen.core.errors.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page of a list: at most {@code limit} rows after the row the cursor names. Cursors are opaque
 * to clients (base64 of the last id seen) so we may change what is inside without breaking them.
 */
public record PageRequest(int limit, String afterId) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(effective, decode(cursor));
    }

    public static String encode(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!com.regimen.core.ids.Ids.looksLikeId(id)) {
                throw DomainException.invalid("cursor", "is not a cursor this API returned");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("cursor", "is not a cursor this API returned");
        }
    }

    /** One more row than asked for tells whether another page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}

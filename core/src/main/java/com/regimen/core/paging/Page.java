package com.regimen.core.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor to the next, null on the last page. */
public record Page<T>(List<T> data, String nextCursor) {

    /** Builds a page from rows fetched with {@link PageRequest#fetchSize()}. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> idOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> data = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(data, PageRequest.encode(idOf.apply(data.get(data.size() - 1))));
    }
}

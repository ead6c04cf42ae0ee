package com.regimen.web.api;

import com.regimen.core.paging.Page;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** Every list answers {@code {"data": [...], "nextCursor": ...}}. */
public record ListResponse<T>(List<T> data, @Schema(nullable = true) String nextCursor) {
    public static <S, T> ListResponse<T> of(Page<S> page, Function<S, T> view) {
        return new ListResponse<>(page.data().stream().map(view).toList(), page.nextCursor());
    }
}

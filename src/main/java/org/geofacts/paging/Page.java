package org.geofacts.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection; {@code next_cursor} is absent on the last page. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
        @Schema(required = true, example = "20") int limit) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if
     * present, proves a next page exists and is dropped.
     */
    public static <E, T> Page<T> of(List<E> rows, PageRequest request, Function<E, String> keyOf,
            Function<List<E>, List<T>> toDtos) {
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? Cursor.encode(keyOf.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(toDtos.apply(shown), next, request.limit());
    }

    /** Same, for DTOs that are made one row at a time. */
    public static <E, T> Page<T> eachOf(List<E> rows, PageRequest request, Function<E, String> keyOf, Function<E, T> toDto) {
        return of(rows, request, keyOf, shown -> shown.stream().map(toDto).toList());
    }
}

package org.geofacts.change;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the feed. Unlike other lists, next_cursor is always present: poll again with it. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(required = true) List<ChangeDto> items,
        @Schema(required = true, description = "Pass as `since` to get the changes after this page; present even when the feed is "
                + "drained, so a consumer can store it and poll later.") String nextCursor,
        @Schema(required = true, description = "True when more changes are already waiting after this page.") boolean more,
        @Schema(required = true) int limit) {
}

package org.geofacts;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.geofacts.writes.Curators;
import org.geofacts.web.Problem;

@OpenAPIDefinition(
        // "/" first: the instance that serves this document, right wherever it is deployed. The second
        // gives client generators, which read the committed file, a base URL that works out of the box.
        servers = {
                @Server(url = "/", description = "The instance serving this document."),
                @Server(url = "http://localhost:8080", description = "A local instance (`./mvnw quarkus:dev` or the jar).")
        },
        info = @Info(
                title = "geofacts",
                version = "0.1.0",
                description = "Structured geopolitical facts taken from news articles: countries, people, organizations, "
                        + "agreements and their clauses, claims, quotes and relations between states. Every fact carries "
                        + "evidence: code-point offsets and the exact words of a stored source document, so any answer "
                        + "can be checked against its source. Collections are paged with opaque cursors; every error is "
                        + "an RFC 9457 application/problem+json document.",
                contact = @Contact(name = "geofacts maintainers"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "countries", description = "States named in the sources, with every form the sources use for them."),
                @Tag(name = "people", description = "Speakers and actors."),
                @Tag(name = "organizations", description = "Alliances, UN bodies, news agencies and other actors."),
                @Tag(name = "agreements", description = "Agreements between states and their clauses."),
                @Tag(name = "claims", description = "Assertions made by countries, people or organizations."),
                @Tag(name = "quotes", description = "Passages the sources quote, attributed to their speakers."),
                @Tag(name = "relations", description = "Directed relations between countries."),
                @Tag(name = "documents", description = "The stored source documents that evidence points into."),
                @Tag(name = "search", description = "Ranked full-text search over claims, quotes and clauses."),
                @Tag(name = "imports", description = "Curators' fact bundles for stored documents."),
                @Tag(name = "changes", description = "The feed of every created, updated and deleted fact, for incremental sync.")
        },
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = Curators.SCHEME, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "A JWT whose `groups` claim contains `curator`. Reads need no token."),
                responses = {
                @APIResponse(name = "BadRequest", responseCode = "400", description = "A parameter is malformed, out of range, not one this operation takes, or given twice; `errors` names it.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No resource with that id.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotAcceptable", responseCode = "406", description = "None of the media types in Accept can be produced.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UriTooLong", responseCode = "414", description = "The request target is over 32 KiB "
                        + "(beyond 64 KiB the HTTP server refuses it itself, with no body).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "HeadersTooLarge", responseCode = "431", description = "The request headers are over 20 KiB "
                        + "(beyond 40 KiB the HTTP server refuses them itself, with no body).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500", description = "The server failed; the detail names an incident id for the logs.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthenticated", responseCode = "401", description = "No valid bearer token (see WWW-Authenticate).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The token lacks the role `curator`.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "If-Match does not name the current version.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The request body is over 1 MiB.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The Content-Type is not one this operation accepts.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "If-Match is missing, or is `*`, which would match any version.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "AlreadyExists", responseCode = "409", description = "Something with that id already exists.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "StillReferenced", responseCode = "409",
                        description = "Other facts refer to it; `references` counts them by kind. Delete with cascade=true to delete or detach them too.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InvalidEdit", responseCode = "422",
                        description = "The fact is invalid: a required member is missing, a reference names nothing stored, or evidence "
                                + "is not in the document. `errors` has one entry per problem, with a JSON pointer into the body.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unavailable", responseCode = "503", description = "The database is unavailable, or another write is in progress; retry after the Retry-After delay.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class GeofactsApplication extends Application {
}

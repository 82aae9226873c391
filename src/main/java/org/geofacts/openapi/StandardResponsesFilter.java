package org.geofacts.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the scanned document with what is written once for all operations: the per-kind docs of the inherited write
 * operations ({@link FactWriteDocs}), shared parameters, JSON-LD content and page schema names ({@link SharedDocs}), and
 * the statuses every operation can return without repeating them on each resource
 * method: 304 on conditional GETs, 400 where there are parameters or a body, 404 where the path
 * names a resource, 401/403 on writes, 412/428 on conditional writes, 413/415 where there is a
 * body, and 406, 414, 431, 500 and 503 everywhere. Each points at a shared problem+json response.
 */
public class StandardResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        FactWriteDocs.document(openAPI);
        SharedDocs.namePageSchemas(openAPI);
        ProblemExamples.add(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesResource = path.getKey().contains("{");
            PathItem item = path.getValue();
            item.getOperations().forEach(SharedDocs::documentIfMatch);
            item.getOperations().values().forEach(SharedDocs::documentJsonLd);
            if (item.getGET() != null) {
                document(item.getGET(), namesResource, true);
            }
            for (Operation write : new Operation[] {item.getPOST(), item.getPUT(), item.getPATCH(), item.getDELETE()}) {
                if (write != null) {
                    documentWrite(write);
                    document(write, namesResource, false);
                }
            }
        }
    }

    private static void document(Operation operation, boolean namesResource, boolean conditional) {
        APIResponses responses = operation.getResponses();
        if (conditional) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the representation still matches the If-None-Match ETag.")
                    .addHeader("ETag", etagHeader()));
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters) {
            addRef(responses, "400", "BadRequest");
        }
        if (namesResource) {
            addRef(responses, "404", "NotFound");
        }
        addRef(responses, "406", "NotAcceptable");
        addRef(responses, "414", "UriTooLong");
        addRef(responses, "431", "HeadersTooLarge");
        addRef(responses, "500", "InternalError");
        addRef(responses, "503", "Unavailable");
        for (String success : new String[] {"200", "201"}) {
            if (responses.getAPIResponse(success) != null) {
                responses.getAPIResponse(success).addHeader("ETag", etagHeader());
            }
        }
    }

    /** Writes need a curator's token, may carry a body, and edits of one resource are conditional. */
    private static void documentWrite(Operation operation) {
        APIResponses responses = operation.getResponses();
        addRef(responses, "401", "Unauthenticated");
        addRef(responses, "403", "Forbidden");
        boolean conditional = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (conditional) {
            addRef(responses, "412", "PreconditionFailed");
            addRef(responses, "428", "PreconditionRequired");
        }
        if (operation.getRequestBody() != null) {
            addRef(responses, "400", "BadRequest");
            addRef(responses, "413", "PayloadTooLarge");
            addRef(responses, "415", "UnsupportedMediaType");
        }
    }

    private static void addRef(APIResponses responses, String status, String name) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }

    private static Header etagHeader() {
        return OASFactory.createHeader()
                .description("Strong validator of this representation; send it back in If-None-Match.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}

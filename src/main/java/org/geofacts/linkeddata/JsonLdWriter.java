package org.geofacts.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes DTOs and pages as schema.org JSON-LD when content negotiation chose {@code application/ld+json}, so resources
 * return the same objects for both media types and negotiation is the framework's.
 */
@Provider
@Produces(JsonLd.MEDIA_TYPE)
public class JsonLdWriter implements MessageBodyWriter<Object> {

    private final JsonLdDocuments documents;
    private final ObjectMapper mapper;

    public JsonLdWriter(JsonLdDocuments documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonLd.isJsonLd(mediaType) && documents.maps(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // As bytes: writeValue(out, ...) would close a stream that is not ours.
        out.write(mapper.writeValueAsBytes(documents.document(entity)));
    }
}

package org.geofacts.writes;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.geofacts.caching.ETags;
import org.geofacts.web.ProblemException;

/**
 * Writes a fact only if the caller saw its current version: under the write lock, the fact's
 * representation is read and its ETag compared with If-Match before anything changes.
 */
@ApplicationScoped
public class ConditionalWrites {

    private final WriteSession session;
    private final ObjectMapper mapper;

    public ConditionalWrites(WriteSession session, ObjectMapper mapper) {
        this.session = session;
        this.mapper = mapper;
    }

    /**
     * Starts a conditional write in the current transaction: takes the write lock, then checks
     * If-Match against the fact's representation as it is now.
     */
    public void begin(String what, String id, String ifMatch, String actor, Supplier<Optional<?>> current) {
        session.begin(actor);
        Object representation = current.get().orElseThrow(() -> ProblemException.notFound(what, id));
        ETags.requireMatch(ifMatch, ETags.of(mapper, representation));
    }
}

package org.geofacts.common;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deletes a fact only if the caller saw its current version: under the write lock, the fact's
 * representation is read, its ETag compared with If-Match, and only then is it deleted.
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
     * @param current the fact's JSON representation as GET serves it, empty when it does not exist
     * @throws ProblemException 404, 428 or 412
     */
    @Transactional
    public void delete(String what, String id, String ifMatch, String actor, Supplier<Optional<?>> current, Runnable delete) {
        session.begin(actor);
        Object representation = current.get().orElseThrow(() -> ProblemException.notFound(what, id));
        ETags.requireMatch(ifMatch, ETags.of(mapper, representation));
        delete.run();
    }
}

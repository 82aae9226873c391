package org.geofacts.replica;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Which connections a Hibernate session of this request uses (its "tenant"). Public reads
 * (GET or HEAD without credentials) may use the read replica, subject to {@link ReadReplica};
 * everything else uses the primary: writes and the reads inside them, the reads that check a
 * conditional write, start-up work, and every request that carries credentials. Curators are the
 * ones who write, so their reads always see their own writes, on whichever instance they land.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String PUBLIC_READS = "public-reads";

    private final CurrentVertxRequest current;
    private final ReadReplica replica;

    ReadRouting(CurrentVertxRequest current, ReadReplica replica) {
        this.current = current;
        this.replica = replica;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        // Application-scoped, so that a session without a replica costs no bean per request.
        if (!replica.configured() || !Arc.container().requestContext().isActive()) {
            return PRIMARY;
        }
        RoutingContext context = current.getCurrent();
        return context != null && isPublicRead(context.request()) ? PUBLIC_READS : PRIMARY;
    }

    private static boolean isPublicRead(HttpServerRequest request) {
        HttpMethod method = request.method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}

package org.geofacts.replica;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state in the readiness details. Always UP: when the replica is away or
 * behind, the primary answers every read, so the instance stays ready.
 */
@Readiness
@ApplicationScoped
public class ReadReplicaHealth implements HealthCheck {

    private final ReadReplica replica;

    ReadReplicaHealth(ReadReplica replica) {
        this.replica = replica;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("read replica").up()
                .withData("state", replica.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withData("public_reads_from", replica.usable() ? "replica" : "primary");
        if (replica.configured()) {
            response.withData("lag_seconds", String.format(Locale.ROOT, "%.3f", replica.lagSeconds()))
                    .withData("max_lag_seconds", replica.maxLag().toMillis() / 1000.0 + "");
        }
        return response.build();
    }
}

package org.geofacts.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the service under test at a {@link ReplicaPair}: the primary as its datasource, the standby as its read replica. */
public class ReplicaPairResource implements QuarkusTestResourceLifecycleManager {

    private static ReplicaPair pair;

    /** The pair of the running test application. */
    public static ReplicaPair pair() {
        return pair;
    }

    @Override
    public Map<String, String> start() {
        pair = ReplicaPair.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", pair.primaryUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "geofacts.read-replica.jdbc-url", pair.standbyUrl());
    }

    @Override
    public void stop() {
        if (pair != null) {
            pair.close();
            pair = null;
        }
    }
}

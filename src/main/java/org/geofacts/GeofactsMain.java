package org.geofacts;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before Quarkus loads its HTTP layer it switches off that layer's own URI
 * check, which answers a target such as {@code /quotes?cursor=%%%} with an empty 400 before any
 * route runs; web.HttpLayerProblems makes the same check and answers with a problem instead. The
 * switch is a JVM-wide system property read once, when that class loads, so it is set here for
 * the jar; dev mode and tests start the application without this method, and pom.xml sets it for them.
 */
@QuarkusMain
public final class GeofactsMain {

    private GeofactsMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}

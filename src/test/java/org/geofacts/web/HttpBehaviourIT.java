package org.geofacts.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Paging, caching and problem answers again, against the packaged jar in its production profile. */
@QuarkusIntegrationTest
class HttpBehaviourIT extends HttpBehaviourTest {
}

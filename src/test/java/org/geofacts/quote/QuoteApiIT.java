package org.geofacts.quote;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The quote tests again, against the packaged jar in its production profile. */
@QuarkusIntegrationTest
class QuoteApiIT extends QuoteApiTest {
}

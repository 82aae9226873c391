package org.geofacts.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.etag;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A write forgets only the cached reads its changes can reach: after a quote edit a cached country
 * is still served from the cache, while the quote reads show the edit at once. Seen by changing the
 * country behind the service's back (SQL, no notification): only a cache miss would show it.
 */
@QuarkusTest
class TargetedInvalidationTest extends ApiTest {

    private static final String COUNTRY = "/countries/XJ";
    private static final String QUOTE = "/quotes/quote-putin-hostile";

    @Inject
    AgroalDataSource database;

    @Test
    void aQuoteEditLeavesCachedCountriesAloneAndEmptiesTheQuoteReads() throws Exception {
        if (given().get(COUNTRY).then().extract().statusCode() == 200) {
            curator().header("If-Match", etag(COUNTRY)).queryParam("cascade", "true").delete(COUNTRY).then().statusCode(204);
        }
        curator().body(Map.of("code", "XJ", "alpha3", "XJX", "name_en", "Jayland", "name_id", "Pulau J")).post("/countries").then()
                .statusCode(201);
        // Let this instance hear its own write's notification before the read below is cached.
        Thread.sleep(1500);
        given().get(COUNTRY).then().statusCode(200).extract().path("name_en");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update countries set name_en = 'Jayland (changed behind the cache)' where code = 'XJ'");
        }

        String before = given().get(QUOTE).then().statusCode(200).extract().path("text_en");
        String edited = before + " (edited)";
        try {
            curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", edited)).patch(QUOTE).then().statusCode(200);
            Thread.sleep(1500);
            assertThat((String) given().get(QUOTE).then().statusCode(200).extract().path("text_en")).isEqualTo(edited);
            assertThat((String) given().get(COUNTRY).then().statusCode(200).extract().path("name_en"))
                    .as("a quote edit does not empty the cached countries").isEqualTo("Jayland");
        } finally {
            curatorPatch().header("If-Match", etag(QUOTE)).body(Map.of("text_en", before)).patch(QUOTE).then().statusCode(200);
        }

        // Another instance's country write (its notification names the kind) empties everything here:
        // the change made behind the cache shows now.
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('geofacts_writes', 'country')");
        }
        String seen = null;
        for (int attempt = 0; attempt < 50 && !"Jayland (changed behind the cache)".equals(seen); attempt++) {
            Thread.sleep(100);
            seen = given().get(COUNTRY).then().statusCode(200).extract().path("name_en");
        }
        assertThat(seen).isEqualTo("Jayland (changed behind the cache)");
        curator().header("If-Match", etag(COUNTRY)).delete(COUNTRY).then().statusCode(204);
    }
}

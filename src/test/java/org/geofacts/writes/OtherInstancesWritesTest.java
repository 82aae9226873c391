package org.geofacts.writes;

import static org.geofacts.support.Writes.curator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several instances may serve one database. A write committed by another instance (played here by
 * plain SQL plus the notification every writer sends) must empty this instance's read cache, not
 * wait for max-age (60 s) to run out.
 */
@QuarkusTest
class OtherInstancesWritesTest extends ApiTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aWriteCommittedByAnotherInstanceIsSeenHereWithinSeconds() throws Exception {
        String path = "/countries/XI";
        if (given().get(path).then().extract().statusCode() == 200) {
            curator().header("If-Match", given().get(path).then().extract().header("ETag")).queryParam("cascade", "true")
                    .delete(path).then().statusCode(204);
        }
        curator().body(Map.of("code", "XI", "alpha3", "XIX", "name_en", "Xisland", "name_id", "Pulau X")).post("/countries").then()
                .statusCode(201);
        // This instance hears its own write's notification too, a poll later; let it arrive before the read is cached,
        // or it would empty the cache in the middle of the check below (seen once on a busy machine).
        Thread.sleep(1500);
        given().get(path).then().statusCode(200);

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("update countries set name_en = 'Xisland (renamed elsewhere)', version = version + 1 where code = 'XI'");
            connection.commit();
            // Without a notification this instance cannot know: it still serves what it cached.
            Thread.sleep(500);
            given().get(path).then().statusCode(200).body("name_en", org.hamcrest.Matchers.equalTo("Xisland"));
            statement.execute("select pg_notify('geofacts_writes', '')");
            connection.commit();
        }

        String seen = null;
        for (int attempt = 0; attempt < 50 && !"Xisland (renamed elsewhere)".equals(seen); attempt++) {
            Thread.sleep(100);
            seen = given().get(path).then().statusCode(200).extract().path("name_en");
        }
        assertThat(seen).as("the read after another instance's write, within 5 s").isEqualTo("Xisland (renamed elsewhere)");

        curator().header("If-Match", given().get(path).then().extract().header("ETag")).delete(path).then().statusCode(204);
        assertThat(List.of(given().get(path).then().extract().statusCode())).containsExactly(404);
    }
}

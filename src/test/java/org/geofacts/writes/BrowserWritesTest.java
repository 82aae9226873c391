package org.geofacts.writes;

import static io.restassured.RestAssured.given;
import static org.geofacts.support.Writes.curator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Browsers send Origin with every write. The service's own pages (Swagger UI) may write, and so may
 * the origins configured in geofacts.cors.write-origins (here https://curators.example); other sites may not.
 */
@QuarkusTest
class BrowserWritesTest extends ApiTest {

    private static Map<String, Object> document(String id) {
        return Map.of("id", id, "text", "Seoul and Tokyo held talks on " + id + ".", "lang", "en", "title", "Talks");
    }

    @Test
    void pagesOfTheServiceItselfMayWrite() {
        String id = "origin-own-" + UUID.randomUUID().toString().substring(0, 8);
        curator().header("Origin", "http://localhost:" + RestAssured.port).body(document(id)).post("/documents").then().statusCode(201);
        given().get("/documents/" + id).then().statusCode(200);
    }

    @Test
    void configuredOriginsMayWriteAndPreflightsSaySo() {
        given().noFilters().header("Origin", "https://curators.example").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/quotes/quote-putin-hostile").then()
                .statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
        String id = "origin-listed-" + UUID.randomUUID().toString().substring(0, 8);
        curator().header("Origin", "https://curators.example").body(document(id)).post("/documents").then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo("https://curators.example"));
    }

    @Test
    void otherSitesGetAProblemAndWriteNothing() {
        String id = "origin-other-" + UUID.randomUUID().toString().substring(0, 8);
        curator().header("Origin", "https://elsewhere.example").body(document(id)).post("/documents").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/origin-not-allowed"))
                .body("detail", containsString("https://elsewhere.example"));
        given().get("/documents/" + id).then().statusCode(404);
        // Reads stay open to every origin.
        given().header("Origin", "https://elsewhere.example").get("/countries/RU").then().statusCode(200);
    }
}

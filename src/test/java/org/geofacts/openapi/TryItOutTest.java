package org.geofacts.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Swagger UI's "Try it out" fills every parameter with its example. Executed as offered, each read
 * must find something on the bundled dataset: a list a non-empty page, a single fact a 200.
 */
@QuarkusTest
class TryItOutTest extends ApiTest {

    @Test
    void everyReadRunWithItsExamplesFindsSomething() {
        JsonNode doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().as(JsonNode.class);
        List<String> failures = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            RequestSpecification request = given();
            String target = path.getKey();
            for (JsonNode parameter : get.path("parameters")) {
                JsonNode example = parameter.get("example");
                if (example == null) {
                    continue; // left empty, as Swagger UI does (cursors: only a next_cursor is valid)
                }
                switch (parameter.path("in").asText()) {
                    case "path" -> target = target.replace("{" + parameter.get("name").asText() + "}", example.asText());
                    case "query" -> request.queryParam(parameter.get("name").asText(), example.asText());
                    default -> { } // headers (If-None-Match) are optional and left out, as Swagger UI does
                }
            }
            Response response = request.get(target);
            String where = "GET " + target + " with every example";
            if (response.statusCode() != 200) {
                failures.add(where + ": " + response.statusCode() + " " + response.asString());
            } else if (response.jsonPath().get("items") != null && response.jsonPath().getList("items").isEmpty()) {
                failures.add(where + ": an empty page");
            }
        });
        assertThat(failures).isEmpty();
    }
}

package org.geofacts.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** What operators and API browsers rely on in the packaged service. */
@QuarkusIntegrationTest
class OperationsIT extends ApiTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void servesSwaggerUiAndTheContractInProduction() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("geofacts"));
    }

    @Test
    void publishesTheFactBundleJsonSchema() {
        given().noFilters().get("/schemas/fact-bundle.schema.json").then().statusCode(200)
                .body("title", equalTo("geofacts fact bundle"));
    }
}

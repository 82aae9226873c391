package org.geofacts.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract in openapi/ must be what the code serves. The build copies the
 * committed files to target/openapi-committed before it regenerates openapi/, so a drift fails
 * here and leaves the regenerated files in the working tree, ready to review and commit.
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    private static final Path COMMITTED = Path.of("target", "openapi-committed");

    @Test
    void committedYamlMatchesTheServedDocument() throws IOException {
        JsonNode served = new YAMLMapper().readTree(given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString());
        assertThat(committed("openapi.yaml", new YAMLMapper()))
                .as("openapi/openapi.yaml differs from the code: review `git diff openapi/` and commit it")
                .isEqualTo(served);
    }

    @Test
    void committedJsonMatchesTheServedDocument() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertThat(committed("openapi.json", new ObjectMapper()))
                .as("openapi/openapi.json differs from the code: review `git diff openapi/` and commit it")
                .isEqualTo(served);
    }

    @Test
    void infoNamesTheServiceItsVersionAndLicence() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", org.hamcrest.Matchers.equalTo("geofacts"))
                .body("info.version", org.hamcrest.Matchers.equalTo("0.1.0"))
                .body("info.license.name", org.hamcrest.Matchers.equalTo("Apache-2.0"))
                .body("info.description", org.hamcrest.Matchers.containsString("evidence"));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemJson() {
        JsonNode doc = given().get("/q/openapi?format=json").then().extract().as(JsonNode.class);
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            assertThat(op.getValue().path("summary").asText()).as(where + " summary").isNotBlank();
            assertThat(op.getValue().path("description").asText()).as(where + " description").isNotBlank();
            assertThat(op.getValue().path("tags").size()).as(where + " tags").isPositive();
            for (String status : new String[] {"406", "500", "503"}) {
                assertThat(responses.has(status)).as(where + " documents " + status).isTrue();
            }
            if (path.getKey().contains("{")) {
                assertThat(responses.has("404")).as(where + " documents 404").isTrue();
            }
            responses.fields().forEachRemaining(response -> {
                String ref = response.getValue().path("$ref").asText();
                if (ref.startsWith("#/components/responses/")) {
                    JsonNode shared = doc.at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
                    assertThat(shared.at("/content/application~1problem+json/example/status").asText())
                            .as(where + " " + response.getKey() + ": the example shows that status").isEqualTo(response.getKey());
                }
            });
        }));
    }

    private static JsonNode committed(String file, ObjectMapper mapper) throws IOException {
        Path path = COMMITTED.resolve(file);
        assertThat(path).as("no committed openapi/" + file + ": run ./mvnw verify once and commit openapi/").exists();
        return mapper.readTree(Files.readString(path));
    }
}

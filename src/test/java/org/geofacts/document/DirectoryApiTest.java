package org.geofacts.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** People, organizations and documents. */
@QuarkusTest
class DirectoryApiTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong-un", "kim jong un", "KIM", "Pemimpin Korea Utara", "kim-jong-un"})
    void findsAPersonByAnyNameTheArticleUses(String name) {
        given().queryParam("name", name).get("/people").then().statusCode(200)
                .body("items.id", equalTo(List.of("kim-jong-un")))
                .body("items[0].country.code", equalTo("KP"))
                .body("items[0].wikidata_qid", equalTo("Q56226"));
    }

    @Test
    void aPersonListsTheSpellingsAsAliases() {
        given().get("/people/kim-jong-un").then().statusCode(200)
                .body("aliases", hasItems("Kim Jong Un", "Kim Jong-un"));
        given().get("/people/nobody").then().statusCode(404);
    }

    @Test
    void listsTheOrganizationsTheArticleNamesAsActors() {
        given().get("/organizations").then().statusCode(200)
                .body("items.id", hasItems("nato", "un-security-council", "anadolu-agency"));
        given().get("/organizations/un-security-council").then().statusCode(200)
                .body("kind", equalTo("un_body"))
                .body("aliases", hasItems("Dewan Keamanan PBB"));
    }

    @Test
    void aDocumentServesItsVerbatimTextAndAChecksumOfIt() throws Exception {
        String article = Files.readString(Path.of("src/main/resources/datasets/ru-kp-treaty-2024/document.txt"));
        JsonPath doc = given().get("/documents/{id}", DOCUMENT).then().statusCode(200)
                .body("lang", equalTo("id"))
                .body("published.precision", equalTo("year"))
                .extract().jsonPath();
        assertThat(doc.getString("text")).isEqualTo(article);
        assertThat(doc.getString("sha256")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(article.getBytes(StandardCharsets.UTF_8))));
        assertThat(doc.getLong("length")).isEqualTo(article.codePointCount(0, article.length()));
    }

    @Test
    void evidenceOffsetsPointIntoTheServedText() {
        String text = given().get("/documents/{id}", DOCUMENT).then().extract().path("text");
        JsonPath claim = given().get("/claims/claim-putin-review-unsc-restrictions-on-dprk").then().statusCode(200).extract().jsonPath();
        int start = claim.getInt("evidence[0].start");
        int end = claim.getInt("evidence[0].end");
        String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        assertThat(slice).isEqualTo(claim.getString("evidence[0].exact"));
    }

    @Test
    void documentListsLeaveTheTextOut() {
        given().get("/documents").then().statusCode(200)
                .body("items.find { it.id == '" + DOCUMENT + "' }.text", nullValue())
                .body("items.find { it.id == '" + DOCUMENT + "' }.title", equalTo("Apakah Rusia dan Korea Utara Bersahabat?"));
    }
}

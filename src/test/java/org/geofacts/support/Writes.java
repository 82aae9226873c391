package org.geofacts.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** What the write tests share: requests as a curator with a real signed token, ETags, the feed's end. */
public final class Writes {

    /** The curator the suites write as; the change feed records "curator:carla". */
    public static final String CURATOR = "carla";

    private Writes() {
    }

    /** A JSON request as the curator, validated against the contract like every suite request. */
    public static RequestSpecification curator() {
        return given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType(ContentType.JSON);
    }

    /** A JSON merge patch (RFC 7396) as the curator. */
    public static RequestSpecification curatorPatch() {
        return given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType("application/merge-patch+json");
    }

    /** For requests the contract itself forbids (wrong media type, unknown members, nulls): not validated against it. */
    public static RequestSpecification curatorUnchecked() {
        return given().noFilters().header("Authorization", "Bearer " + Tokens.curator(CURATOR));
    }

    /** The ETag GET serves now for the path, which must exist. */
    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A cursor at the current end of the change feed: what comes after it is what a test caused. */
    public static String feedEnd() {
        String cursor = null;
        while (true) {
            RequestSpecification request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next_cursor");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }
}

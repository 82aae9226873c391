package org.geofacts.support;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.log.ErrorLoggingFilter;

/**
 * Base of the API tests: a real PostgreSQL, and every request and response the suite exchanges
 * with the API is validated against the OpenAPI document the application serves. Management
 * endpoints under /q/ are not part of that document and pass unvalidated.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public abstract class ApiTest {

    public static final String DOCUMENT = "ru-kp-treaty-2024";
    public static final String TREATY = "ru-kp-comprehensive-strategic-partnership-2024";

    private static Filter contract;

    @BeforeEach
    void validateAgainstContract() {
        if (contract == null) {
            String spec = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            OpenApiValidationFilter validator = new OpenApiValidationFilter(
                    OpenApiInteractionValidator.createForInlineApiSpecification(spec).build());
            contract = (request, response, ctx) -> URI.create(request.getURI()).getPath().startsWith("/q/")
                    ? ctx.next(request, response)
                    : validator.filter(request, response, ctx);
        }
        RestAssured.replaceFiltersWith(contract, new ErrorLoggingFilter());
    }
}

package org.geofacts.dataset;

import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.etag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.geofacts.bundle.BundleRejectedException;
import org.geofacts.bundle.ImportReport;

/**
 * A bundled dataset that changed is loaded again at startup. What curators wrote through the API
 * meanwhile must survive that: their edits are not overwritten and facts they added are not
 * deleted, while the dataset's own facts are brought back in line with the bundle.
 */
@QuarkusTest
class DatasetReloadTest extends ApiTest {

    private static final String BUNDLE = "datasets/loader-test/facts.json";
    private static final String DOC = "loader-test-doc";

    @Inject
    DatasetLoader loader;

    @Inject
    DatasetRepository datasets;

    @Inject
    EntityManager em;

    @Test
    void aReloadKeepsCuratorsEditsAndAdditionsAndRestoresTheDatasetsOwnFacts() {
        // From a clean slate, also when the suite runs against a kept database.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("claims", "quotes", "relations")) {
                em.createNativeQuery("delete from " + table + " where document_id = :doc").setParameter("doc", DOC).executeUpdate();
            }
            datasets.forgetAll();
        });
        loader.load(BUNDLE);

        String edited = "/quotes/loader-test-quote-stronger";
        curatorPatch().header("If-Match", etag(edited)).body(Map.of("text_en", "stronger than at any time before")).patch(edited)
                .then().statusCode(200);
        curator().body(Map.of("document", DOC, "id", "loader-test-claim-by-curator", "claimants", List.of(Map.of("country", "KR")),
                "subjects", List.of(Map.of("country", "KP")), "statement", "Pyongyang mengirim amunisi ke Moskow.",
                "statement_en", "Pyongyang sends ammunition to Moscow.", "category", "arms_transfer", "modality", "alleged",
                "evidence", List.of(Map.of("exact", "Pyongyang mengirim amunisi ke Moskow")))).post("/claims").then().statusCode(201);
        // A fact the dataset owns drifts from its bundle (as when the bundle itself is corrected).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update quotes set text_en = 'drifted', source_hash = '' where id = 'loader-test-quote-growing'").executeUpdate());

        QuarkusTransaction.requiringNew().run(datasets::forgetAll);
        ImportReport report = loader.load(BUNDLE);

        assertThat(report.counts().get("quotes").updated()).as("only the dataset's own quote is rewritten").isEqualTo(1);
        assertThat(report.counts().get("claims")).as("nothing of the curator's claim is touched").isNull();
        given().get(edited).then().statusCode(200).body("text_en", equalTo("stronger than at any time before"));
        given().get("/claims/loader-test-claim-by-curator").then().statusCode(200);
        given().get("/quotes/loader-test-quote-growing").then().statusCode(200).body("text_en", equalTo("keep growing"));
    }

    /** A changed bundle that clashes with curators' data must not keep the service from starting. */
    @Test
    void aReloadThatClashesWithCuratorsDataKeepsThePreviousVersionButAFirstLoadFails() {
        String clash = "datasets/loader-clash/facts.json";
        String claim = "/claims/loader-clash-claim";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from claims where id = 'loader-clash-claim'").executeUpdate();
            datasets.forgetAll();
        });
        loader.load(BUNDLE);
        loader.loadAtStart(clash);
        given().get(claim).then().statusCode(200).body("document_id", equalTo("loader-clash-doc"));

        // A curator moves the claim's id to another document; then the bundle is reloaded.
        curator().header("If-Match", etag(claim)).delete(claim).then().statusCode(204);
        curator().body(Map.of("document", DOC, "id", "loader-clash-claim", "claimants", List.of(Map.of("country", "KR")),
                "statement", "Pyongyang mengirim amunisi ke Moskow.", "statement_en", "Pyongyang sends ammunition to Moscow.",
                "category", "arms_transfer", "modality", "alleged",
                "evidence", List.of(Map.of("exact", "Pyongyang mengirim amunisi ke Moskow")))).post("/claims").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update datasets set sha256 = 'changed' where id = :id").setParameter("id", clash).executeUpdate());

        loader.loadAtStart(clash);
        given().get(claim).then().statusCode(200).body("document_id", equalTo(DOC));

        QuarkusTransaction.requiringNew().run(datasets::forgetAll);
        assertThatThrownBy(() -> loader.loadAtStart(clash)).isInstanceOf(BundleRejectedException.class);
        curator().header("If-Match", etag(claim)).delete(claim).then().statusCode(204);
    }
}

package org.geofacts;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.geofacts.country.Country;
import org.geofacts.model.LayerViolationFixture;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way, from the application down to the shared foundation, and no two
 * packages depend on each other. The layers, top to bottom:
 * <ol>
 * <li>the application and its operations ({@code org.geofacts}, {@code ops});</li>
 * <li>entry points over several kinds: dataset loading and imports, search, the change feed, extraction;</li>
 * <li>the kinds of fact, each with its resource, service, repository, entity, DTOs and {@code FactKind};</li>
 * <li>single-fact editing, which the kinds' write endpoints call;</li>
 * <li>the fact-bundle format and its generic validation and import pipeline, which knows no kind;</li>
 * <li>source documents and evidence spans;</li>
 * <li>the foundation: web (problems, request checks), caching, writes, paging, JSON-LD, model values, OpenAPI,
 * and the choice of server for each query (read replica or primary).</li>
 * </ol>
 */
class ArchitectureTest {

    private static final String[] KINDS = {"..country..", "..person..", "..organization..", "..agreement..", "..claim..",
        "..quote..", "..relation..", "..writeapi.."};

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Application").definedBy("org.geofacts", "org.geofacts.ops..")
            .layer("Entry points").definedBy("org.geofacts.dataset..", "org.geofacts.search..", "org.geofacts.change..",
                    "org.geofacts.extraction..")
            .layer("Kinds").definedBy(KINDS)
            .layer("Editing").definedBy("org.geofacts.editing..")
            .layer("Bundle").definedBy("org.geofacts.bundle..")
            .layer("Sources").definedBy("org.geofacts.document..", "org.geofacts.evidence..")
            .layer("Foundation").definedBy("org.geofacts.web..", "org.geofacts.caching..", "org.geofacts.writes..",
                    "org.geofacts.paging..", "org.geofacts.linkeddata..", "org.geofacts.model..", "org.geofacts.openapi..",
                    "org.geofacts.replica..")
            .whereLayer("Entry points").mayOnlyAccessLayers("Kinds", "Editing", "Bundle", "Sources", "Foundation")
            .whereLayer("Kinds").mayOnlyAccessLayers("Editing", "Bundle", "Sources", "Foundation")
            .whereLayer("Editing").mayOnlyAccessLayers("Bundle", "Sources", "Foundation")
            .whereLayer("Bundle").mayOnlyAccessLayers("Sources", "Foundation")
            .whereLayer("Sources").mayOnlyAccessLayers("Foundation")
            .whereLayer("Foundation").mayNotAccessAnyLayer()
            .because("lower layers never import higher ones");

    static final ArchRule NO_CYCLES = slices().matching("org.geofacts.(*)..").should().beFreeOfCycles();

    /**
     * Within the foundation, only this order: model, then web, then paging, linked data and caching, then writes;
     * the replica routing, which writes tell about commits, stands on nothing of ours.
     */
    static final ArchRule FOUNDATION = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("writes").definedBy("org.geofacts.writes..")
            .layer("caching and paging").definedBy("org.geofacts.caching..", "org.geofacts.paging..", "org.geofacts.linkeddata..")
            .layer("web").definedBy("org.geofacts.web..", "org.geofacts.openapi..")
            .layer("model").definedBy("org.geofacts.model..")
            .layer("replica").definedBy("org.geofacts.replica..")
            .whereLayer("writes").mayOnlyAccessLayers("caching and paging", "web", "model", "replica")
            .whereLayer("caching and paging").mayOnlyAccessLayers("web", "model")
            .whereLayer("web").mayOnlyAccessLayers("model")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("replica").mayNotAccessAnyLayer();

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.geofacts");

    @Test
    void everyDependencyPointsDownTheLayers() {
        LAYERS.check(MAIN);
        FOUNDATION.check(MAIN);
    }

    @Test
    void noPackagesDependOnEachOther() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void theLayerRuleCatchesALowerLayerImportingAKind() {
        JavaClasses violating = new ClassFileImporter().importClasses(LayerViolationFixture.class, Country.class);
        assertThat(LAYERS.evaluate(violating).hasViolation()).isTrue();
        assertThat(FOUNDATION.evaluate(MAIN).hasViolation()).isFalse();
    }
}

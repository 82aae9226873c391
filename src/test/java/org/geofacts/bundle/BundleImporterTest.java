package org.geofacts.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.support.ApiTest;
import org.geofacts.support.Bundles;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The importer against the real database: rejects bad bundles whole, and re-imports idempotently. */
@QuarkusTest
class BundleImporterTest extends ApiTest {

    @Inject
    BundleImporter importer;

    @Inject
    EntityManager em;

    @Test
    void rejectsEvidenceThatIsNotInTheDocumentAndSaysWhichTextWhere() {
        assertRejected(b -> withClaims(b, List.of(claim(b.claims().get(0), List.of(Bundles.evidence("Kami akan menyerang"))))),
                "/claims/0/evidence/0/exact", "text not found in document", "\"Kami akan menyerang\"");
    }

    @Test
    void rejectsAnIdThatRepeats() {
        assertRejected(b -> withClaims(b, List.of(b.claims().get(0), b.claims().get(0))),
                "/claims/1/id", "repeats an earlier entry");
    }

    @Test
    void rejectsAnUnknownCountryCode() {
        assertRejected(b -> withRelations(b, List.of(new RelationEntry("rel-x", "JP", "XX", "support", null,
                        List.of(Bundles.evidence("Jepang mendukung Korea Selatan"))))),
                "/relations/0/target", "unknown country code 'XX'");
    }

    @Test
    void rejectsAnUnknownSpeaker() {
        assertRejected(b -> withQuotes(b, List.of(new QuoteEntry("quote-x", "donald-trump", null, "Kami tidak akan tinggal diam", null,
                        "We will not stand idle", "direct", null, null))),
                "/quotes/0/speaker", "unknown person (speaker or actor) 'donald-trump'");
    }

    @Test
    void rejectsAValueOutsideItsVocabulary() {
        ClaimEntry c = Bundles.valid("x").claims().get(0);
        assertRejected(b -> withClaims(b, List.of(new ClaimEntry(c.id(), c.claimants(), c.subjects(), c.statement(), c.statementEn(),
                        c.category(), "rumoured", null, c.evidence()))),
                "/claims/0/modality", "'rumoured' is not one of");
    }

    @Test
    void rejectsAClaimantThatNamesTwoActorsAtOnce() {
        ClaimEntry c = Bundles.valid("x").claims().get(0);
        assertRejected(b -> withClaims(b, List.of(new ClaimEntry(c.id(), List.of(new ActorRef("RU", "vladimir-putin", null)),
                        c.subjects(), c.statement(), c.statementEn(), c.category(), c.modality(), null, c.evidence()))),
                "/claims/0/claimants/0", "exactly one of country, person or organization");
    }

    @Test
    void reportsEveryProblemOfABundleAtOnce() {
        String id = newDocumentId();
        FactBundle bad = withRelations(withQuotes(Bundles.valid(id), List.of(new QuoteEntry("quote-y", "nobody", null, "absent words", null,
                "x", "shouted", null, null))), List.of());
        assertThatThrownBy(() -> importer.importBundle(bad, Bundles.textFor(id), "test"))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BundleProblem::pointer)
                        .containsExactlyInAnyOrder("/quotes/0/speaker", "/quotes/0/text", "/quotes/0/kind"));
    }

    @Test
    void aRejectedBundleWritesNothing() {
        long before = rowCount();
        String id = newDocumentId();
        FactBundle bad = withRelations(Bundles.valid(id), List.of(new RelationEntry("rel-bad", "JP", "XX", "support", null,
                List.of(Bundles.evidence("Jepang mendukung Korea Selatan")))));
        assertThatThrownBy(() -> importer.importBundle(bad, Bundles.textFor(id), "test")).isInstanceOf(BundleRejectedException.class);
        assertThat(rowCount()).isEqualTo(before);
        assertThat(em.createQuery("select count(d) from Document d where d.id = :id", Long.class).setParameter("id", id)
                .getSingleResult()).isZero();
    }

    @Test
    void importingTheSameBundleTwiceChangesNothingTheSecondTime() {
        String id = newDocumentId();
        ImportReport first = importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        assertThat(first.counts().get("claims").created()).isEqualTo(1);
        assertThat(first.counts().get("agreements").created()).isEqualTo(1);
        List<Long> spanIds = spanIdsOf(id);

        ImportReport second = importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        assertThat(second.changes()).isZero();
        assertThat(second.counts().get("quotes").unchanged()).isEqualTo(1);
        assertThat(spanIdsOf(id)).as("unchanged facts keep their evidence rows").isEqualTo(spanIds);
    }

    @Test
    void aChangedBundleUpdatesWhatChangedAndDeletesWhatItDropped() {
        String id = newDocumentId();
        importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        FactBundle original = Bundles.valid(id);
        QuoteEntry q = original.quotes().get(0);
        FactBundle changed = withRelations(withQuotes(original, List.of(new QuoteEntry(q.id(), q.speaker(), null, q.text(), null,
                "We shall not stay silent", q.kind(), null, null))), List.of());

        ImportReport report = importer.importBundle(changed, Bundles.textFor(id), "test");

        assertThat(report.counts().get("quotes")).extracting("updated", "unchanged").containsExactly(1, 0);
        assertThat(report.counts().get("claims")).extracting("updated", "unchanged").containsExactly(0, 1);
        assertThat(report.counts().get("relations").deleted()).isEqualTo(1);
        assertThat(em.createQuery("select q.textEn from Quote q where q.id = :id", String.class).setParameter("id", q.id())
                .getSingleResult()).isEqualTo("We shall not stay silent");
    }

    @Test
    void storedSpansCarryCodePointOffsetsAndContext() {
        String id = newDocumentId();
        importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        Object[] span = (Object[]) em.createNativeQuery("select start_offset, end_offset, exact, prefix, suffix from evidence_spans "
                + "where relation_id = :id").setParameter("id", "rel-" + id).getSingleResult();
        int start = Bundles.TEXT.indexOf("Jepang mendukung");
        assertThat(span).containsExactly(start, start + "Jepang mendukung Korea Selatan".length(), "Jepang mendukung Korea Selatan",
                Bundles.TEXT.substring(start - 32, start), Bundles.TEXT.substring(start + 30, start + 62));
    }

    @Test
    void theDatabaseRefusesASpanThatDoesNotMatchItsDocument() {
        String id = newDocumentId();
        importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update evidence_spans set exact = 'Jepang menentang Korea Selatan' where relation_id = :id")
                .setParameter("id", "rel-" + id).executeUpdate()))
                .hasStackTraceContaining("does not match document");
    }

    /** The check runs once per statement (V7): many spans over several documents in one insert, all checked. */
    @Test
    void theDatabaseChecksEverySpanOfAMultiRowInsertAndKeepsNoneIfOneDoesNotMatch() {
        String first = newDocumentId();
        String second = newDocumentId();
        importer.importBundle(Bundles.valid(first), Bundles.textFor(first), "test");
        importer.importBundle(Bundles.valid(second), Bundles.textFor(second), "test");
        String copySpans = "insert into evidence_spans (document_id, start_offset, end_offset, exact, prefix, suffix, position, relation_id) "
                + "select document_id, start_offset, end_offset, %s, prefix, suffix, position + 1, relation_id "
                + "from evidence_spans where relation_id in (:first, :second) order by relation_id desc";
        long before = rowCount();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(copySpans.formatted(
                        "case when relation_id = :spoiled then 'Jepang menentang Korea Selatan' else exact end"))
                .setParameter("first", "rel-" + first).setParameter("second", "rel-" + second).setParameter("spoiled", "rel-" + second)
                .executeUpdate()))
                .hasStackTraceContaining("does not match document " + second);
        assertThat(rowCount()).isEqualTo(before);

        int copied = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(copySpans.formatted("exact"))
                .setParameter("first", "rel-" + first).setParameter("second", "rel-" + second).executeUpdate());
        assertThat(copied).isEqualTo(2);
        assertThat(rowCount()).isEqualTo(before + 2);
    }

    /** A document with characters beyond ASCII is checked by character offsets, not byte offsets. */
    @Test
    void theDatabaseChecksSpansOfANonAsciiDocumentByCharacter() {
        String id = newDocumentId();
        String text = "Catatan redaksi — “laporan khusus” 🌏. " + Bundles.textFor(id);
        importer.importBundle(Bundles.valid(id), text, "test");
        int start = text.codePointCount(0, text.indexOf("Jepang mendukung"));
        assertThat(em.createNativeQuery("select start_offset from evidence_spans where relation_id = :id")
                .setParameter("id", "rel-" + id).getSingleResult()).isEqualTo(start);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update evidence_spans set start_offset = start_offset + 1, end_offset = end_offset + 1 where relation_id = :id")
                .setParameter("id", "rel-" + id).executeUpdate()))
                .hasStackTraceContaining("does not match document " + id);
        int moved = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "update evidence_spans set start_offset = 0, end_offset = 7, exact = 'Catatan' where relation_id = :id")
                .setParameter("id", "rel-" + id).executeUpdate());
        assertThat(moved).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASpanThatRunsPastTheEndOfItsDocument() {
        String id = newDocumentId();
        importer.importBundle(Bundles.valid(id), Bundles.textFor(id), "test");
        String text = Bundles.textFor(id);
        String tail = text.substring(text.length() - 3);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into evidence_spans (document_id, start_offset, end_offset, exact, prefix, suffix, position, relation_id) "
                                + "values (:d, :start, :end, :exact, '', '', 9, :rel)")
                .setParameter("d", id).setParameter("start", text.length() - 3).setParameter("end", text.length() + 2)
                .setParameter("exact", tail + "xy").setParameter("rel", "rel-" + id).executeUpdate()))
                .hasStackTraceContaining("does not match document " + id);
    }

    private void assertRejected(UnaryOperator<FactBundle> spoil, String pointer, String... messageParts) {
        String id = newDocumentId();
        FactBundle bad = spoil.apply(Bundles.valid(id));
        assertThatThrownBy(() -> importer.importBundle(bad, Bundles.textFor(id), "test"))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.problems()).extracting(BundleProblem::pointer).contains(pointer);
                    BundleProblem problem = e.problems().stream().filter(p -> p.pointer().equals(pointer)).findFirst().orElseThrow();
                    assertThat(problem.message()).contains(messageParts);
                });
    }

    private long rowCount() {
        return ((Number) em.createNativeQuery("select (select count(*) from documents) + (select count(*) from claims)"
                + " + (select count(*) from quotes) + (select count(*) from relations) + (select count(*) from evidence_spans)"
                + " + (select count(*) from organizations) + (select count(*) from agreements)").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> spanIdsOf(String documentId) {
        return new ArrayList<>(em.createNativeQuery("select id from evidence_spans where document_id = :d order by id", Long.class)
                .setParameter("d", documentId).getResultList());
    }

    /** Each test imports its own copy of the article; the text must differ, as the same text is one document. */
    private static String newDocumentId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static FactBundle withClaims(FactBundle b, List<ClaimEntry> claims) {
        return new FactBundle(null, b.document(), b.countries(), b.people(), b.organizations(), b.agreements(), claims, b.quotes(),
                b.relations());
    }

    private static FactBundle withQuotes(FactBundle b, List<QuoteEntry> quotes) {
        return new FactBundle(null, b.document(), b.countries(), b.people(), b.organizations(), b.agreements(), b.claims(), quotes,
                b.relations());
    }

    private static FactBundle withRelations(FactBundle b, List<RelationEntry> relations) {
        return new FactBundle(null, b.document(), b.countries(), b.people(), b.organizations(), b.agreements(), b.claims(), b.quotes(),
                relations);
    }

    private static ClaimEntry claim(ClaimEntry c, List<EvidenceEntry> evidence) {
        return new ClaimEntry(c.id(), c.claimants(), c.subjects(), c.statement(), c.statementEn(), c.category(), c.modality(),
                c.aboutAgreement(), evidence);
    }
}

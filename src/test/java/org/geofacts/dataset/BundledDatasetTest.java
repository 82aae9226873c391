package org.geofacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.geofacts.evidence.SpanLocator;
import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.geofacts.bundle.ImportReport;
import org.geofacts.model.Fingerprint;

/** The shipped Russia-DPRK dataset, as stored by the startup loader, checked against the article itself. */
@QuarkusTest
class BundledDatasetTest extends ApiTest {

    private static final String BUNDLE = "datasets/ru-kp-treaty-2024/facts.json";
    private static final Path ARTICLE = Path.of("src/main/resources/datasets/ru-kp-treaty-2024/document.txt");

    @Inject
    EntityManager em;

    @Inject
    DatasetLoader loader;

    @Inject
    DatasetRepository datasets;

    @Test
    void theStoredDocumentIsTheArticleByteForByte() throws IOException {
        String article = Files.readString(ARTICLE);
        Object[] row = (Object[]) em.createNativeQuery("select body, sha256 from documents where id = :id")
                .setParameter("id", DOCUMENT).getSingleResult();
        assertThat(row[0]).isEqualTo(article);
        assertThat(row[1]).isEqualTo(Fingerprint.sha256(Files.readAllBytes(ARTICLE)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyStoredSpanIsExactlyTheDocumentTextAtItsOffsets() throws IOException {
        SpanLocator article = new SpanLocator(DOCUMENT, Files.readString(ARTICLE));
        List<Object[]> spans = em.createNativeQuery("select start_offset, end_offset, exact, prefix, suffix from evidence_spans "
                + "where document_id = :id").setParameter("id", DOCUMENT).getResultList();
        assertThat(spans).hasSizeGreaterThan(50);
        for (Object[] span : spans) {
            int start = (Integer) span[0];
            int end = (Integer) span[1];
            assertThat(article.slice(start, end)).isEqualTo(span[2]);
            assertThat(article.slice(Math.max(0, start - ((String) span[3]).codePointCount(0, ((String) span[3]).length())), start))
                    .isEqualTo(span[3]);
            assertThat(article.slice(end, end + ((String) span[4]).codePointCount(0, ((String) span[4]).length()))).isEqualTo(span[4]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDoubleQuotedPassageOfTheArticleIsStoredAsAQuote() throws IOException {
        String article = Files.readString(ARTICLE);
        List<Object[]> quoteSpans = em.createNativeQuery("select s.start_offset, s.exact from evidence_spans s "
                + "join quotes q on q.id = s.quote_id where q.document_id = :id").setParameter("id", DOCUMENT).getResultList();
        List<String> uncovered = new ArrayList<>();
        Matcher passages = Pattern.compile("\"([^\"]+)\"").matcher(article);
        int found = 0;
        while (passages.find()) {
            found++;
            int start = article.codePointCount(0, passages.start(1));
            // The article puts a closing comma or period inside the marks; a quote may leave it out.
            String words = passages.group(1).replaceAll("[,.]+$", "");
            boolean covered = quoteSpans.stream().anyMatch(s -> (Integer) s[0] == start && ((String) s[1]).startsWith(words));
            if (!covered) {
                uncovered.add(passages.group(1));
            }
        }
        assertThat(found).as("quoted passages in the article").isEqualTo(14);
        assertThat(uncovered).as("passages with no quote").isEmpty();
    }

    @Test
    void kimIsStoredWithBothSpellingsTheArticleUses() {
        List<String> aliases = em.createQuery("select a.alias from Person p join p.aliases a where p.id = 'kim-jong-un'", String.class)
                .getResultList();
        assertThat(aliases).contains("Kim Jong Un", "Kim Jong-un");
    }

    @Test
    void theTreatyIsDatedToTheMonthTheArticleGivesAndNoFurther() {
        Object[] row = (Object[]) em.createNativeQuery("select signed_value, signed_place from agreements where id = :id")
                .setParameter("id", TREATY).getSingleResult();
        assertThat(row).containsExactly("2024-06", "Pyongyang");
    }

    @Test
    void reRunningTheLoaderOnTheSameDataChangesNothing() {
        long spansBefore = count("evidence_spans");
        QuarkusTransaction.requiringNew().run(datasets::forgetAll);

        ImportReport report = loader.load(BUNDLE);

        assertThat(report).isNotNull();
        assertThat(report.changes()).isZero();
        assertThat(report.counts().get("quotes").unchanged()).isEqualTo(14);
        assertThat(count("evidence_spans")).isEqualTo(spansBefore);
    }

    @Test
    void anUnchangedDatasetIsNotImportedAgain() {
        loader.load(BUNDLE);
        assertThat(loader.load(BUNDLE)).as("second load of an unchanged checksum").isNull();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}

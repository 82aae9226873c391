package org.geofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.geofacts.extraction.Extractor.FoundClaim;
import org.geofacts.extraction.Extractor.FoundQuote;
import org.geofacts.extraction.Extractor.Span;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The extractor on its own, without a database: the seed article against its curated bundle, and the rules one by one. */
class ExtractorTest {

    @Test
    void recoversEveryCuratedQuoteOfTheSeedArticleWithItsSpeakerAndKind() {
        Extractor.Result result = SeedArticle.extract(SeedArticle.TEXT, "id");
        JsonNode curated = SeedArticle.CURATED.get("quotes");
        assertThat(curated).hasSize(14);
        for (JsonNode quote : curated) {
            Span gold = QualityReport.locate(SeedArticle.TEXT, quote.get("text").asText(), quote.path("occurrence").asInt(1));
            FoundQuote found = result.quotes().stream().filter(q -> q.words().start() < gold.end() && gold.start() < q.words().end())
                    .findFirst().orElseThrow(() -> new AssertionError("missed " + quote.get("text").asText()));
            assertThat(found.speaker()).as(quote.get("text").asText()).isNotNull();
            assertThat(found.speaker().id()).as(quote.get("text").asText()).isEqualTo(quote.get("speaker").asText());
            assertThat(found.kind()).as(quote.get("text").asText()).isEqualTo(quote.get("kind").asText());
            assertThat(SeedArticle.TEXT.substring(found.words().start(), found.words().end())).isEqualTo(quote.get("text").asText());
        }
        assertThat(result.quotes()).hasSize(14);
        FoundQuote first = result.quotes().get(0);
        assertThat(first.channel().id()).as("dilansir Anadolu is the channel, never the speaker").isEqualTo("anadolu-agency");
    }

    @Test
    void proposesTheClaimsOfWashingtonAndSeoulAsAlleged() {
        Extractor.Result result = SeedArticle.extract(SeedArticle.TEXT, "id");
        FoundClaim claim = result.claims().stream()
                .filter(c -> c.claimants().stream().map(Gazetteer.Entity::id).toList().equals(List.of("US", "KR"))).findFirst().orElseThrow();
        assertThat(claim.modality()).isEqualTo("alleged");
        assertThat(SeedArticle.TEXT.substring(claim.statement().start(), claim.statement().end()))
                .startsWith("Pyongyang melanggar langkah-langkah pengendalian senjata");
        assertThat(result.countries()).extracting(m -> m.entity().id()).contains("RU", "KP", "US", "KR", "UA");
    }

    @Test
    void readsSplitQuotesPronounCuesAndNewSpeakersWithTheirRole() {
        String text = "JAKARTA (ANTARA) - Juru Bicara Kemlu, Lalu Muhamad Iqbal, menyatakan Indonesia prihatin.\n"
                + "\"Kami mendorong semua pihak menahan diri,\" kata Juru Bicara Kemlu, Lalu Muhamad Iqbal, \"dan kembali ke meja perundingan.\"\n"
                + "\"Dialog adalah satu-satunya jalan,\" ujarnya.\n"
                + "Baca juga: \"Kami siap membantu\" kata menteri\n"
                + "Rusia, yang kerap dijuluki \"Negeri Beruang Merah\", belum berkomentar.";
        Extractor.Result result = SeedArticle.extract(text, "id");
        assertThat(result.quotes()).extracting(q -> text.substring(q.words().start(), q.words().end()))
                .containsExactly("Kami mendorong semua pihak menahan diri", "dan kembali ke meja perundingan", "Dialog adalah satu-satunya jalan");
        assertThat(result.quotes()).extracting(q -> q.speaker().name()).containsOnly("Lalu Muhamad Iqbal");
        assertThat(result.quotes()).extracting(FoundQuote::rule).containsExactly("cue_after", "split_quote", "pronoun");
        assertThat(result.quotes().get(0).speaker().role()).isEqualTo("Juru Bicara Kemlu");
    }

    @Test
    void leavesAQuoteWithoutACueUnattributedRatherThanGuessing() {
        String text = "The talks ended late on Tuesday. \"Nobody expected the ministers to agree on everything in one night.\"";
        Extractor.Result result = SeedArticle.extract(text, "en");
        assertThat(result.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isNull();
            assertThat(q.rule()).isEqualTo("none");
        });
    }

    @Test
    void readsEnglishOrderDescriptorsAndReportSources() {
        String text = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday.\n\n"
                + "\u201cOur cooperation is not directed against anyone,\u201d Lavrov told reporters, according to Reuters.\n\n"
                + "\u201cWe will keep working together,\u201d the Russian minister added.";
        Extractor.Result result = SeedArticle.extract(text, "en");
        assertThat(result.quotes()).extracting(q -> q.speaker().name()).containsExactly("Sergei Lavrov", "Sergei Lavrov");
        assertThat(result.quotes().get(0).channel().id()).isEqualTo("reuters");
        assertThat(result.quotes().get(1).rule()).isEqualTo("cue_after+descriptor");
    }

    @Test
    void findsTheSubjectAcrossAnAsideAndTheFullNameBehindASurname() {
        String text = "Lavrov met his North Korean counterpart, Choe Son Hui, on Tuesday.\n\n"
                + "Choe, speaking through an interpreter, said Pyongyang would \u201calways stand with its friends\u201d in any crisis.\n\n"
                + "\u201cThe talks were useful,\u201d Choe told reporters in Moscow. \u201cWe agreed on the next steps.\u201d";
        Extractor.Result result = SeedArticle.extract(text, "en");
        assertThat(result.quotes()).extracting(q -> text.substring(q.words().start(), q.words().end()))
                .containsExactly("always stand with its friends", "The talks were useful", "We agreed on the next steps");
        assertThat(result.quotes()).extracting(q -> q.speaker().name()).as("a surname links to the full name, never a new one-word person")
                .containsOnly("Choe Son Hui");
        assertThat(result.quotes()).extracting(FoundQuote::rule).containsExactly("cue_before+subject+surname", "cue_after+surname", "split_quote");
    }

    @Test
    void aPronounCueAfterAnUnnamedSpeakerOrAnotherNamedPersonIsLeftUnattributed() {
        String text = "Menteri Luar Negeri Sugiono mengatakan bantuan telah tiba di El Arish.\n\n"
                + "Seorang anggota tim pendamping mengatakan suasana di pelabuhan serba menunggu.\n\n"
                + "\"Truk-truk dari negara lain juga antre sejak tiga minggu lalu,\" katanya.\n\n"
                + "\"Kami terus berkoordinasi dengan otoritas Mesir setiap hari,\" kata Sugiono.\n\n"
                + "Bagi nelayan Chea Sokha, perdebatan itu terasa jauh. \"Saya hanya tahu ikannya makin sedikit setiap tahun,\" ucapnya.";
        Extractor.Result result = SeedArticle.extract(text, "id");
        assertThat(result.quotes()).hasSize(3);
        assertThat(result.quotes().get(0).speaker()).as("the unnamed member spoke last").isNull();
        assertThat(result.quotes().get(1).speaker().name()).isEqualTo("Sugiono");
        assertThat(result.quotes().get(2).speaker()).as("Sokha is named in the paragraph, Sugiono spoke last: no guess").isNull();
    }

    @Test
    void readsLooseDescriptorsOnlyWhenOnePersonFits() {
        String text = "Foreign Minister Sugiono said on Wednesday that the membership changed nothing.\n\n"
                + "\"We will keep talking to every partner,\" the Indonesian minister said.";
        Extractor.Result result = SeedArticle.extract(text, "en");
        assertThat(result.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Sugiono"));

        String two = "Foreign Minister Sugiono met Trade Minister Budi Santoso on Wednesday.\n\n"
                + "\"We will keep talking to every partner,\" the Indonesian minister said.";
        Extractor.Result ambiguous = SeedArticle.extract(two, "en");
        assertThat(ambiguous.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).as("two ministers fit").isNull());
    }
}

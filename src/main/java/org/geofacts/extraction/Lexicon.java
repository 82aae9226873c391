package org.geofacts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words of one language that cue attribution and reported claims, read from
 * {@code extraction/lexicon-<lang>.json}: data, not code, so a linguist extends it without Java.
 * Reporting verbs are kept as surface forms because Indonesian stemmers mangle them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lexicon(
        @JsonProperty("cue_after") Set<String> cueAfter,
        @JsonProperty("pronoun_cues") List<String> pronounCues,
        @JsonProperty("cue_before") Set<String> cueBefore,
        @JsonProperty("speech_acts") Set<String> speechActs,
        @JsonProperty("according_to") List<String> accordingTo,
        @JsonProperty("report_sources") List<String> reportSources,
        @JsonProperty("descriptor_markers") Set<String> descriptorMarkers,
        @JsonProperty("titles") Set<String> titles,
        @JsonProperty("role_words") Set<String> roleWords,
        @JsonProperty("claim_verbs") Map<String, String> claimVerbs,
        @JsonProperty("that") Set<String> that,
        @JsonProperty("skip_line_prefixes") List<String> skipLinePrefixes,
        @JsonProperty("claim_categories") Map<String, List<String>> claimCategories,
        @JsonProperty("organization_heads") Set<String> organizationHeads,
        @JsonProperty("abbreviations") Map<String, String> abbreviations,
        @JsonProperty("not_names") Set<String> notNames,
        @JsonProperty("pronoun_cue_forms") List<String> pronounCueForms,
        @JsonProperty("demonyms") Map<String, List<String>> demonyms,
        @JsonProperty("role_synonyms") Map<String, List<String>> roleSynonyms,
        @JsonProperty("descriptor_fillers") Set<String> descriptorFillers,
        @JsonProperty("passive_cues") Set<String> passiveCues) {

    /**
     * Pronoun cues are the listed ones plus every reporting verb put into each form ("{verb}nya",
     * "{verb} dia", "he {verb}"), so a verb added to {@code cue_after} gets its pronoun forms too.
     */
    public Lexicon {
        pronounCueForms = pronounCueForms == null ? List.of() : pronounCueForms;
        demonyms = demonyms == null ? Map.of() : demonyms;
        roleSynonyms = roleSynonyms == null ? Map.of() : roleSynonyms;
        descriptorFillers = descriptorFillers == null ? Set.of() : descriptorFillers;
        passiveCues = passiveCues == null ? Set.of() : passiveCues;
        java.util.LinkedHashSet<String> cues = new java.util.LinkedHashSet<>(pronounCues);
        for (String form : pronounCueForms) {
            cueAfter.stream().sorted().forEach(verb -> cues.add(form.replace("{verb}", verb)));
        }
        // Longer cues first, so "he said" is read before a one-word cue that starts the same way.
        pronounCues = cues.stream().sorted(java.util.Comparator.comparingInt((String c) -> -c.split(" ").length)).toList();
    }

    /** The languages with a lexicon; an article in another language is read with the English one. */
    public static final Set<String> LANGUAGES = Set.of("id", "en");

    public static Lexicon load(ObjectMapper mapper, String lang) {
        String language = LANGUAGES.contains(lang) ? lang : "en";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("extraction/lexicon-" + language + ".json")) {
            return mapper.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the lexicon for " + language + " ships with the service", e);
        }
    }

    /** A title word ("presiden", "minister"), or a word that may be part of a role ("luar", "negeri"). */
    boolean isRoleWord(String lower) {
        return titles.contains(lower) || roleWords.contains(lower);
    }
}

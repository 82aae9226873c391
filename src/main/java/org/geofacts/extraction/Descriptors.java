package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.Gazetteer.Type;
import org.geofacts.model.AliasKey;

/**
 * Who a description names: "Menlu RI tersebut", "the Russian leader", "the Indonesian minister",
 * "the 35-year-old", "the ministry". Words are matched against the role and country of each person
 * the article introduced (and the kind of each body), the person the article is talking about
 * first; a loose reading (a synonym, a nationality the role does not state) counts only when it
 * fits one person alone. Lexicon-driven: role synonyms, nationalities and fillers are data.
 */
final class Descriptors {

    /** Generic words for a head of state or government, so "the Russian leader" finds the President of Russia. */
    static final Set<String> LEADER = Set.of("leader", "pemimpin", "president", "presiden", "head", "kepala");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    /** The people and bodies the article introduced so far, first mention first; owned by {@link Speakers}. */
    private final List<Entity> introduced;
    /** Names and roles folded once per article. */
    private final Map<String, String> folded = new HashMap<>();
    /** The person the article is talking about now (the last speaker or subject); null when unsure. */
    private Entity subject;

    Descriptors(Lexicon lexicon, Gazetteer gazetteer, List<Entity> introduced) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.introduced = introduced;
    }

    void subject(Entity entity) {
        this.subject = entity;
    }

    /** The person the article is talking about, when it is a person. */
    Entity talkedAbout() {
        return subject != null && subject.type() == Type.PERSON ? subject : null;
    }

    /**
     * The person or body the folded words describe ("russian", "minister"); fillers and ages are
     * ignored, and words that are only an age ("35 year old") mean the person talked about.
     */
    Entity described(List<String> description) {
        List<String> words = new ArrayList<>(description);
        boolean age = words.stream().anyMatch(word -> word.chars().allMatch(Character::isDigit));
        words.removeIf(word -> lexicon.descriptorFillers().contains(word) || word.chars().allMatch(Character::isDigit));
        Entity talkedAbout = talkedAbout();
        if (words.isEmpty()) {
            // "the 35-year-old": only the person the article is talking about.
            return age ? talkedAbout : null;
        }
        // The person the article is talking about comes first when the words fit them ("The minister said", with two ministers named).
        if (talkedAbout != null && talkedAbout.role() != null && describes(words, talkedAbout)) {
            return talkedAbout;
        }
        Entity loose = null;
        int looseCount = 0;
        for (int k = introduced.size() - 1; k >= 0; k--) {
            Entity candidate = introduced.get(k);
            if (candidate.type() == Type.PERSON && candidate.role() != null && describes(words, candidate)) {
                return candidate;
            }
            if (candidate.type() == Type.PERSON && candidate.role() != null && loosely(words, candidate)) {
                loose = looseCount == 0 ? candidate : loose;
                looseCount++;
            }
            // "the ministry said", "kementerian tersebut": the organization of that kind named last.
            if (candidate.type() == Type.ORGANIZATION && words.size() == 1 && lexicon.organizationHeads().contains(words.get(0))
                    && (" " + fold(candidate.name()) + " ").contains(" " + words.get(0) + " ")) {
                return candidate;
            }
        }
        // A looser reading ("the Indonesian minister" for a Foreign Minister of no stated country,
        // "the defense chief" for a Defense Secretary) is taken only when it fits one person alone.
        return looseCount == 1 ? loose : null;
    }

    /** The one introduced person whose role holds {@code head} (or a synonym of it) and whose country is not one other than {@code named}. */
    Entity uniquelyHeaded(String head, Set<String> named) {
        if (!lexicon.isRoleWord(head) && !lexicon.roleSynonyms().containsKey(head)) {
            return null;
        }
        Entity only = null;
        for (Entity candidate : introduced) {
            if (candidate.type() != Type.PERSON || candidate.role() == null || !loosely(List.of(head), candidate)) {
                continue;
            }
            Set<String> stated = countriesOf(candidate);
            if (!named.isEmpty() && !stated.isEmpty() && Collections.disjoint(named, stated)) {
                continue;
            }
            if (only != null && !only.id().equals(candidate.id())) {
                return null;
            }
            only = candidate;
        }
        return only;
    }

    /**
     * Every word is in the person's role, is a synonym of a word in it ("chief" for secretary), or
     * is a nationality that does not contradict the country the role or the store gives.
     */
    private boolean loosely(List<String> words, Entity person) {
        String role = " " + fold(person.role()) + " ";
        boolean head = false;
        for (String word : words) {
            List<String> synonyms = lexicon.roleSynonyms().getOrDefault(word, List.of());
            boolean inRole = role.contains(" " + word + " ") || synonyms.stream().anyMatch(syn -> role.contains(" " + syn + " "));
            List<String> nationality = lexicon.demonyms().get(word);
            if (nationality != null) {
                Set<String> stated = countriesOf(person);
                if (!stated.isEmpty() && stated.stream().noneMatch(nationality::contains)) {
                    return false;
                }
            } else if (!inRole) {
                return false;
            } else {
                head = true;
            }
        }
        return head;
    }

    /** The countries a person's role or stored record names ("Philippine Defense Secretary" → PH). */
    private Set<String> countriesOf(Entity person) {
        Set<String> codes = new HashSet<>();
        if (person.country() != null) {
            codes.add(person.country().toUpperCase(Locale.ROOT));
        }
        List<Token> roleTokens = Token.of(person.role());
        codes.addAll(countriesNamed(roleTokens, 0, roleTokens.size()));
        return codes;
    }

    /** The countries the words {@code [from, to)} name, by a country's name or a nationality ("Philippine"). */
    Set<String> countriesNamed(List<Token> words, int from, int to) {
        Set<String> codes = new HashSet<>();
        for (int k = from; k < to; k++) {
            codes.addAll(lexicon.demonyms().getOrDefault(words.get(k).lower(), List.of()));
            Gazetteer.Match country = gazetteer.at(words, k);
            if (country != null && country.entity().type() == Type.COUNTRY) {
                codes.add(country.entity().id());
            }
        }
        return codes;
    }

    /** "Rusia" in "Presiden Rusia itu" for a person of Russia, by the role's words or the stored country. */
    private boolean sameCountry(String word, Entity person) {
        String capitalised = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        Gazetteer.Match country = gazetteer.at(Token.of(capitalised), 0);
        return country != null && country.entity().type() == Type.COUNTRY && country.to() == 1
                && countriesOf(person).contains(country.entity().id());
    }

    private boolean describes(List<String> words, Entity person) {
        String stated = " " + fold(person.role()) + " " + (person.country() == null ? "" : fold(person.country())) + " ";
        for (var abbreviation : lexicon.abbreviations().entrySet()) {
            if (stated.contains(" " + abbreviation.getValue() + " ")) {
                stated += abbreviation.getKey() + " ";
            }
            if (stated.contains(" " + abbreviation.getKey() + " ")) {
                stated += abbreviation.getValue() + " ";
            }
        }
        String role = stated;
        for (String word : words) {
            boolean leaderWord = LEADER.contains(word) && LEADER.stream().anyMatch(l -> role.contains(" " + l + " "));
            boolean nationality = lexicon.demonyms().containsKey(word) && role.contains(" " + word.substring(0, word.length() - 2));
            if (!role.contains(" " + word + " ") && !leaderWord && !nationality && !sameCountry(word, person)) {
                return false;
            }
        }
        return true;
    }

    private String fold(String words) {
        return folded.computeIfAbsent(words, AliasKey::fold);
    }
}

package org.geofacts.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.geofacts.web.ProblemException;

/**
 * What refers to a country, person, organization or agreement, and what deleting it with
 * {@code cascade=true} does to those facts. A fact that cannot stand without the deleted one (a
 * claim whose claimant it is, a relation it is an end of, a quote it spoke) is deleted; an optional
 * reference (a person's country, a quote's channel, what a claim is about) is cleared.
 */
@ApplicationScoped
public class References {

    /**
     * Marks a row changed behind the importer: a new version and audit, and no fingerprint, so
     * importing its bundle entry again restores the cleared reference instead of seeing it unchanged.
     */
    private static final String TOUCH = "version = version + 1, updated_at = now(), "
            + "updated_by = current_setting('geofacts.actor'), source_hash = ''";

    private static final String CLEAR_ABOUT_PARTY_AGREEMENTS = "about_agreement_id = null, " + TOUCH
            + " where about_agreement_id in (select agreement_id from agreement_parties where country_code = :id)";

    /** How one kind of fact refers to the deleted one; cascade statements run in order. */
    private record Referrer(String facts, String count, boolean deleted, List<String> cascade) {
    }

    private static final Map<String, List<Referrer>> REFERRERS = Map.of(
            "country", List.of(
                    new Referrer("agreements", "select count(*) from agreement_parties where country_code = :id", true, List.of(
                            "update claims set " + CLEAR_ABOUT_PARTY_AGREEMENTS,
                            "update quotes set " + CLEAR_ABOUT_PARTY_AGREEMENTS,
                            "delete from agreements where id in (select agreement_id from agreement_parties where country_code = :id)")),
                    new Referrer("claims", "select count(distinct claim_id) from claim_actors where country_code = :id", true,
                            List.of("delete from claims where id in (select claim_id from claim_actors where country_code = :id)")),
                    new Referrer("relations", "select count(*) from relations where source_country = :id or target_country = :id", true,
                            List.of("delete from relations where source_country = :id or target_country = :id")),
                    new Referrer("people", "select count(*) from people where country_code = :id", false,
                            List.of("update people set country_code = null, " + TOUCH + " where country_code = :id"))),
            "person", List.of(
                    new Referrer("claims", "select count(distinct claim_id) from claim_actors where person_id = :id", true,
                            List.of("delete from claims where id in (select claim_id from claim_actors where person_id = :id)")),
                    new Referrer("quotes", "select count(*) from quotes where speaker_id = :id", true,
                            List.of("delete from quotes where speaker_id = :id"))),
            "organization", List.of(
                    new Referrer("claims", "select count(distinct claim_id) from claim_actors where organization_id = :id", true,
                            List.of("delete from claims where id in (select claim_id from claim_actors where organization_id = :id)")),
                    new Referrer("quotes", "select count(*) from quotes where speaker_organization_id = :id", true,
                            List.of("delete from quotes where speaker_organization_id = :id")),
                    new Referrer("quotes", "select count(*) from quotes where channel_id = :id", false,
                            List.of("update quotes set channel_id = null, " + TOUCH + " where channel_id = :id"))),
            "agreement", List.of(
                    new Referrer("claims", "select count(*) from claims where about_agreement_id = :id", false,
                            List.of("update claims set about_agreement_id = null, " + TOUCH + " where about_agreement_id = :id")),
                    new Referrer("quotes", "select count(*) from quotes where about_agreement_id = :id", false,
                            List.of("update quotes set about_agreement_id = null, " + TOUCH + " where about_agreement_id = :id"))));

    private final EntityManager em;

    public References(EntityManager em) {
        this.em = em;
    }

    /** Facts referring to the given one, counted by kind; kinds with none are left out. */
    public Map<String, Long> to(String kind, String id) {
        return byFacts(counted(kind, id));
    }

    private static Map<String, Long> byFacts(Map<Referrer, Long> counted) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counted.forEach((referrer, count) -> counts.merge(referrer.facts(), count, Long::sum));
        return counts;
    }

    /** Each way of referring that some fact uses, with how many do. */
    private Map<Referrer, Long> counted(String kind, String id) {
        Map<Referrer, Long> counts = new LinkedHashMap<>();
        for (Referrer referrer : REFERRERS.getOrDefault(kind, List.of())) {
            long count = ((Number) em.createNativeQuery(referrer.count()).setParameter("id", id).getSingleResult()).longValue();
            if (count > 0) {
                counts.put(referrer, count);
            }
        }
        return counts;
    }

    /**
     * Makes the fact deletable: with {@code cascade}, deletes or detaches what refers to it;
     * without, refuses when anything does. Call under the write lock, before deleting.
     *
     * @throws ProblemException 409 naming the referring facts, when there are some and cascade is false
     */
    public void release(String kind, String id, boolean cascade) {
        Map<Referrer, Long> counted = counted(kind, id);
        if (counted.isEmpty()) {
            return;
        }
        List<Referrer> referrers = List.copyOf(counted.keySet());
        if (!cascade) {
            Map<String, Long> counts = byFacts(counted);
            throw ProblemException.stillReferenced(kind + " '" + id + "' is referred to by " + describe(counts)
                    + "; delete with cascade=true to " + consequences(referrers), counts);
        }
        for (Referrer referrer : referrers) {
            for (String statement : referrer.cascade()) {
                em.createNativeQuery(statement).setParameter("id", id).executeUpdate();
            }
        }
    }

    private static String describe(Map<String, Long> counts) {
        return and(counts.entrySet().stream().map(e -> e.getValue() + " " + (e.getValue() == 1 ? singular(e.getKey()) : e.getKey()))
                .toList());
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String singular(String facts) {
        return facts.equals("people") ? "person" : facts.substring(0, facts.length() - 1);
    }

    private static String consequences(List<Referrer> referrers) {
        String deleted = and(referrers.stream().filter(Referrer::deleted).map(Referrer::facts).toList());
        String cleared = and(referrers.stream().filter(r -> !r.deleted()).map(Referrer::facts).toList());
        if (cleared.isEmpty()) {
            return "delete those " + deleted + " too";
        }
        if (deleted.isEmpty()) {
            return "clear the reference in those " + cleared;
        }
        return "delete those " + deleted + " too and clear the reference in those " + cleared;
    }
}

package org.geofacts.claim;

/** Resolved filters of GET /claims; a null field does not filter. */
public record ClaimFilter(ActorKeys claimant, ActorKeys subject, String category, String modality, String document,
        String text) {
}

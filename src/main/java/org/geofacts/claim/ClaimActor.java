package org.geofacts.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claimant or subject of a claim: exactly one of a country, a person or an organization. */
@Entity
@Table(name = "claim_actors")
public class ClaimActor {

    public static final String CLAIMANT = "claimant";
    public static final String SUBJECT = "subject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String claimId;

    public String role;

    public int position;

    public String countryCode;

    public String personId;

    public String organizationId;
}

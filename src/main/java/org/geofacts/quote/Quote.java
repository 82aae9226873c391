package org.geofacts.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.geofacts.model.DocumentFact;
import org.geofacts.organization.Organization;
import org.geofacts.person.Person;

@Entity
@Table(name = "quotes")
public class Quote extends DocumentFact {

    public static final String DIRECT = "direct";
    public static final String PARTIAL = "partial";

    @Id
    public String id;

    /** The person who spoke; null when an organization did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Person speaker;

    /** The organization that spoke (a news agency, a ministry, a government); null when a person did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_organization_id")
    public Organization speakerOrganization;

    /** The quoted words, verbatim in the original language. */
    public String text;

    public String lang;

    public String textEn;

    public String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    public Organization channel;

    public String aboutAgreementId;
}

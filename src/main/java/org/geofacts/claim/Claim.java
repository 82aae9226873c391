package org.geofacts.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.geofacts.model.DocumentFact;

@Entity
@Table(name = "claims")
public class Claim extends DocumentFact {

    @Id
    public String id;

    /** The assertion in the document's language. */
    public String statement;

    public String statementLang;

    public String statementEn;

    public String category;

    public String modality;

    public String aboutAgreementId;
}

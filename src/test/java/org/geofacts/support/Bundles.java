package org.geofacts.support;

import java.util.List;

import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.FactBundle.DocumentEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.bundle.FactBundle.RelationEntry;

/**
 * A small second article and a valid bundle for it, reusing the countries and people the bundled
 * dataset already stored, as a curator's second bundle would. Tests derive bad bundles from it.
 */
public final class Bundles {

    public static final String TEXT = "Seoul dan Tokyo menggelar latihan bersama. "
            + "\"Kami tidak akan tinggal diam,\" kata Putin. Jepang mendukung Korea Selatan. "
            + "Kedua negara menandatangani pakta keamanan baru.";

    private Bundles() {
    }

    /** The article text, made unique per document: stored documents are unique by their text. */
    public static String textFor(String documentId) {
        return TEXT + "\nRef. " + documentId;
    }

    public static FactBundle valid(String documentId) {
        return new FactBundle(null,
                new DocumentEntry(documentId, null, "id", "Latihan bersama", null, null, "2025-03"),
                List.of(), List.of(),
                List.of(new OrganizationEntry("test-exercise-command-" + documentId, "Joint Exercise Command", null, "government_body", null,
                        List.of("Komando Latihan"))),
                List.of(new AgreementEntry("pact-" + documentId, "Security pact", "Pakta keamanan", "agreement",
                        List.of("KR", "JP"), "2025", "Seoul", "signed",
                        List.of(evidence("menandatangani pakta keamanan baru")),
                        List.of(new ClauseEntry(1, "consultation", "The parties consult on security.",
                                List.of(evidence("pakta keamanan")))))),
                List.of(new ClaimEntry("claim-" + documentId, List.of(new ActorRef(null, "vladimir-putin", null)),
                        List.of(new ActorRef("KR", null, null)), "Rusia tidak akan tinggal diam.", "Russia will not stand idle.",
                        "security", "asserted", null, List.of(evidence("Kami tidak akan tinggal diam")))),
                List.of(new QuoteEntry("quote-" + documentId, "vladimir-putin", null, "Kami tidak akan tinggal diam", null,
                        "We will not stand idle", "direct", null, null)),
                List.of(new RelationEntry("rel-" + documentId, "JP", "KR", "support", null,
                        List.of(evidence("Jepang mendukung Korea Selatan")))));
    }

    public static EvidenceEntry evidence(String exact) {
        return new EvidenceEntry(exact, null);
    }
}

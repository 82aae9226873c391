package org.geofacts.quote;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.EvidenceForm;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;

/** Quotes in bundles and edits: the quoted words are their own evidence, located verbatim in the document. */
@Singleton
public class QuoteKind extends FactKind<QuoteEntry, Quote, QuoteDto> {

    private final QuoteRepository quotes;
    private final PersonRepository people;
    private final OrganizationRepository organizations;

    public QuoteKind(QuoteRepository quotes, QuoteService service, PersonRepository people, OrganizationRepository organizations) {
        super(FactBundle.QUOTES, QuoteEntry.class, Quote.class, quotes, QuoteEntry::id, QuoteKind::rules, service::get);
        this.quotes = quotes;
        this.people = people;
        this.organizations = organizations;
    }

    public static void rules(QuoteEntry q, EntryCheck check) {
        check.id("id", q.id());
        if ((q.speaker() == null) == (q.speakerOrganization() == null)) {
            check.problem("speaker", "name exactly one of speaker (a person) or speaker_organization");
        } else if (q.speaker() != null) {
            check.reference("speaker", FactBundle.PEOPLE, q.speaker(), "person (speaker or actor)");
        } else {
            check.reference("speaker_organization", FactBundle.ORGANIZATIONS, q.speakerOrganization(), "organization");
        }
        if (check.required("text", q.text())) {
            check.locate("text", q.text(), q.occurrence());
        }
        if (q.textEn() != null) {
            check.required("text_en", q.textEn());
        }
        check.vocabulary("kind", q.kind(), Vocabulary.QUOTE_KINDS);
        if (q.channel() != null) {
            check.reference("channel", FactBundle.ORGANIZATIONS, q.channel(), "organization");
        }
        if (q.aboutAgreement() != null) {
            check.reference("about_agreement", FactBundle.AGREEMENTS, q.aboutAgreement(), "agreement");
        }
    }

    @Override
    protected void copy(QuoteEntry entry, Quote quote, ImportRun run) {
        quote.id = entry.id();
        quote.speaker = entry.speaker() == null ? null : people.reference(entry.speaker());
        quote.speakerOrganization = entry.speakerOrganization() == null ? null : organizations.reference(entry.speakerOrganization());
        quote.text = entry.text();
        quote.lang = run.documentLang();
        quote.textEn = entry.textEn();
        quote.kind = entry.kind();
        quote.channel = entry.channel() == null ? null : organizations.reference(entry.channel());
        quote.aboutAgreementId = entry.aboutAgreement();
    }

    @Override
    protected void writeParts(QuoteEntry entry, Quote quote, String at, ImportRun run) {
        evidence.replace("quoteId", quote.id, run.spansOf(at), span -> span.quoteId = quote.id);
    }

    @Override
    public Optional<Stored<QuoteEntry>> stored(String id) {
        return quotes.findByIdOptional(id).map(q -> {
            List<EvidenceDto> spans = evidence.forQuotes(List.of(q.id)).getOrDefault(q.id, List.of());
            Integer occurrence = spans.isEmpty() ? null : EvidenceForm.occurrence(q.text, spans.get(0).start(), documents.findById(q.documentId));
            return new Stored<>(q.id, new QuoteEntry(q.id, q.speaker == null ? null : q.speaker.id,
                    q.speakerOrganization == null ? null : q.speakerOrganization.id, q.text, occurrence, q.textEn, q.kind,
                    q.channel == null ? null : q.channel.id, q.aboutAgreementId), q.documentId);
        });
    }
}

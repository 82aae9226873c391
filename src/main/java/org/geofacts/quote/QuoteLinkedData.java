package org.geofacts.quote;

import java.util.Map;

import jakarta.inject.Singleton;

import org.geofacts.linkeddata.JsonLd;
import org.geofacts.linkeddata.LinkedDataMapping;

/** A quote as a schema.org Quotation. */
@Singleton
class QuoteLinkedData implements LinkedDataMapping<QuoteDto> {

    @Override
    public Class<QuoteDto> type() {
        return QuoteDto.class;
    }

    @Override
    public Map<String, Object> node(QuoteDto quote) {
        Map<String, Object> node = JsonLd.node("Quotation", "/quotes/" + quote.id());
        node.put("identifier", quote.id());
        node.put("text", quote.text());
        node.put("inLanguage", quote.lang());
        node.put("spokenByCharacter", JsonLd.actor(quote.speaker()));
        if (quote.textEn() != null) {
            Map<String, Object> translation = JsonLd.node("Quotation", null);
            translation.put("text", quote.textEn());
            translation.put("inLanguage", "en");
            node.put("workTranslation", translation);
        }
        Map<String, Object> source = JsonLd.node("CreativeWork", "/documents/" + quote.documentId());
        source.put("identifier", quote.documentId());
        node.put("isPartOf", source);
        return node;
    }
}

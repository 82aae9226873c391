package org.geofacts.country;

import java.util.Map;

import jakarta.inject.Singleton;

import org.geofacts.linkeddata.JsonLd;
import org.geofacts.linkeddata.LinkedDataMapping;

/** A country as a schema.org Country. */
@Singleton
class CountryLinkedData implements LinkedDataMapping<CountryDto> {

    @Override
    public Class<CountryDto> type() {
        return CountryDto.class;
    }

    @Override
    public Map<String, Object> node(CountryDto country) {
        Map<String, Object> node = JsonLd.node("Country", "/countries/" + country.code());
        node.put("identifier", country.code());
        node.put("name", country.nameEn());
        node.put("alternateName", country.aliases());
        if (country.wikidataQid() != null) {
            node.put("sameAs", "https://www.wikidata.org/wiki/" + country.wikidataQid());
        }
        return node;
    }
}

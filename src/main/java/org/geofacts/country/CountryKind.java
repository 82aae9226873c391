package org.geofacts.country;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.model.Alias;

/** Countries in bundles and edits: ISO codes, names in English and Indonesian, the forms sources use. */
@Singleton
public class CountryKind extends FactKind<CountryEntry, Country, CountryDto> {

    private final CountryRepository countries;
    private final CountryService service;

    public CountryKind(CountryRepository countries, CountryService service) {
        super(FactBundle.COUNTRIES, CountryEntry.class, Country.class, countries, CountryEntry::code, CountryKind::rules, service::get);
        this.countries = countries;
        this.service = service;
    }

    @Override
    public String idField() {
        return "code";
    }

    @Override
    protected String idColumn() {
        return "code";
    }

    public static void rules(CountryEntry c, EntryCheck check) {
        check.matches("code", c.code(), EntryCheck.ALPHA2, "an ISO 3166-1 alpha-2 code in upper case");
        check.matches("alpha3", c.alpha3(), EntryCheck.ALPHA3, "an ISO 3166-1 alpha-3 code in upper case");
        check.optionalMatch("wikidata", c.wikidata(), EntryCheck.QID, "a Wikidata item id such as Q159");
        check.name("name_en", c.nameEn(), true);
        check.name("name_id", c.nameId(), true);
        check.aliases("aliases", c.aliases(), c.nameEn(), c.nameId());
    }

    @Override
    public void lookUp(Map<CountryEntry, EntryCheck> checks, String documentId) {
        requireUnique(checks, "alpha3", "alpha3", CountryEntry::alpha3, "the alpha-3 code");
        requireUnique(checks, "wikidataQid", "wikidata", CountryEntry::wikidata, "the Wikidata id");
    }

    @Override
    protected void copy(CountryEntry entry, Country country, ImportRun run) {
        country.code = entry.code();
        country.alpha3 = entry.alpha3();
        country.wikidataQid = entry.wikidata();
        country.nameEn = entry.nameEn();
        country.nameId = entry.nameId();
        Alias.replaceAll(country.aliases, entry.aliases());
    }

    /** By alpha-2, alpha-3 or QID, like GET; the stored id is the alpha-2 code. */
    @Override
    public Optional<String> canonicalId(String code) {
        return service.get(code).map(CountryDto::code);
    }

    @Override
    public Optional<Stored<CountryEntry>> stored(String code) {
        return canonicalId(code).flatMap(countries::findByIdOptional).map(c -> new Stored<>(c.code,
                new CountryEntry(c.code, c.alpha3, c.wikidataQid, c.nameEn, c.nameId, Alias.besides(c.aliases, c.nameEn, c.nameId)),
                null));
    }
}

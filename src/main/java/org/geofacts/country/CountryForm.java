package org.geofacts.country;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.model.Alias;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.geofacts.editing.FactForm;

/** A country in its bundle-entry form, for curators' edits. */
@Singleton
public class CountryForm extends FactForm<CountryEntry, CountryDto> {

    private final CountryRepository countries;
    private final CountryService service;

    public CountryForm(CountryRepository countries, CountryService service) {
        super("country", CountryEntry.class, countries);
        this.countries = countries;
        this.service = service;
    }

    @Override
    public String idField() {
        return "code";
    }

    @Override
    public Optional<String> canonicalId(String code) {
        return service.get(code).map(CountryDto::code);
    }

    @Override
    public Optional<CountryDto> representation(String code) {
        return service.get(code);
    }

    /** By alpha-2, alpha-3 or QID, like GET; the stored id is the alpha-2 code. */
    @Override
    public Optional<Stored<CountryEntry>> stored(String code) {
        return canonicalId(code).flatMap(countries::findByIdOptional).map(c -> new Stored<>(c.code,
                new CountryEntry(c.code, c.alpha3, c.wikidataQid, c.nameEn, c.nameId, Alias.besides(c.aliases, c.nameEn, c.nameId)),
                null));
    }
}

package org.geofacts.country;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;

@ApplicationScoped
public class CountryService {

    /** Longer than any alpha-2, alpha-3 or realistic QID: answered 404 without a query. */
    private static final int MAX_CODE_LENGTH = 12;

    private final CountryRepository countries;

    public CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CountryDto> list(PageRequest page) {
        return Page.eachOf(countries.page(page), page, CountryDto::code, c -> c);
    }

    /** By ISO alpha-2, alpha-3 or Wikidata QID, in any letter case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CountryDto> get(String code) {
        if (code.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        return countries.representationByAnyCode(code);
    }
}

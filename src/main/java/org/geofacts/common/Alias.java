package org.geofacts.common;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name form used for an entity, with its folded key for matching (see {@link AliasKey}). */
@Embeddable
public class Alias {

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String aliasKey;

    protected Alias() {
    }

    public Alias(String alias) {
        this.alias = alias;
        this.aliasKey = AliasKey.fold(alias);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Alias that && alias.equals(that.alias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alias);
    }
}

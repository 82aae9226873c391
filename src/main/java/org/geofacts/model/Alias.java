package org.geofacts.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The SQL of a column that gives an entity's aliases as a text array, for reads that build
     * answers from rows: {@code arrayOf("person_aliases", "person_id", "t.id")}.
     */
    public static String arrayOf(String aliasTable, String ownerColumn, String owner) {
        return "array(select a.alias from " + aliasTable + " a where a." + ownerColumn + " = " + owner + ")";
    }

    /** The value of an {@link #arrayOf} column, sorted as answers list aliases. */
    public static List<String> listed(Object arrayColumn) {
        return Arrays.stream((String[]) arrayColumn).sorted().toList();
    }

    /** Makes {@code target} hold exactly these name forms. */
    public static void replaceAll(Set<Alias> target, List<String> aliases) {
        target.clear();
        aliases.forEach(a -> target.add(new Alias(a)));
    }

    /**
     * The aliases as a bundle entry lists them: without the entity's own names, which the importer
     * adds as aliases itself; null when none is left.
     */
    public static List<String> besides(Set<Alias> aliases, String... names) {
        Set<String> own = new HashSet<>();
        for (String name : names) {
            own.add(name);
        }
        List<String> others = aliases.stream().map(a -> a.alias).filter(a -> !own.contains(a)).sorted().toList();
        return others.isEmpty() ? null : others;
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

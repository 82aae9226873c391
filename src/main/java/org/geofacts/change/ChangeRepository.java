package org.geofacts.change;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads the change table that database triggers fill on every write. */
@ApplicationScoped
public class ChangeRepository {

    private final EntityManager em;

    public ChangeRepository(EntityManager em) {
        this.em = em;
    }

    public record Row(long seq, ChangeDto change) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> after(long seq, int limit) {
        List<Object[]> rows = em.createNativeQuery("select seq, kind, entity_id, op, at, actor from changes where seq > :seq "
                        + "order by seq limit :limit")
                .setParameter("seq", seq).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), new ChangeDto((String) r[1], (String) r[2], (String) r[3],
                toOffset(r[4]), (String) r[5]))).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}

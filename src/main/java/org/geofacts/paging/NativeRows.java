package org.geofacts.paging;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * Runs a native read on the session's connection, with rows as JPA gives native results, and lets
 * the caller say how PostgreSQL should plan it.
 *
 * <p>Why the choice: the service's connections leave {@code plan_cache_mode} at PostgreSQL's
 * default, so a statement run often is planned once and its plan kept; planning had cost 5-10 times
 * the execution of a typical read here. That suits reads whose best plan is the same for any value,
 * such as one row by a unique value. It does not suit the filtered lists and search, whose best
 * plan depends on the value: a frequent word or claimant is found fastest by walking the table in
 * key order, a rare one through its index, and a plan made without the value chose the walk for
 * rare ones too (52-94 ms for a person claimant at a million rows, 860 ms for a rare word, against
 * 3-5 ms). {@link #plannedPerCall} sends such a read as an unnamed statement (the driver's
 * server-side prepare is off for it), which PostgreSQL plans with its values every time.
 *
 * <p>Plain JDBC rather than a JPA native query: the rows need no mapping, and Hibernate resolved a
 * result mapping from the result set's metadata on every call (about a tenth of a list's CPU).
 * Inside a transaction it flushes the session first, as a JPA native query does, so a write reads
 * what it has changed so far; public reads run outside one and skip that.
 *
 * <p>Parameters are named as in JPA ({@code :name}, the same name may recur; {@code ::} casts are
 * left alone); SQL string literals must not contain a colon. A row is one Object for a single
 * column, else Object[]; SQL arrays come as Java arrays.
 */
public final class NativeRows {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    private NativeRows() {
    }

    /** Planned with this call's values, every time: for reads whose best plan depends on them. */
    public static List<Object> plannedPerCall(EntityManager em, String sql, Map<String, ?> parameters) {
        return rows(em, sql, parameters, true);
    }

    /** Planned as PostgreSQL sees fit, which for a statement run often means once: for reads whose best plan is the same for any value. */
    public static List<Object> planKept(EntityManager em, String sql, Map<String, ?> parameters) {
        return rows(em, sql, parameters, false);
    }

    private static List<Object> rows(EntityManager em, String sql, Map<String, ?> parameters, boolean perCall) {
        List<Object> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            values.add(parameters.get(name));
            parameter.appendReplacement(positional, "?");
        }
        parameter.appendTail(positional);
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
                if (perCall) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    return read(result);
                }
            }
        });
    }

    private static List<Object> read(ResultSet result) throws SQLException {
        int columns = result.getMetaData().getColumnCount();
        List<Object> rows = new ArrayList<>();
        while (result.next()) {
            if (columns == 1) {
                rows.add(value(result, 1));
                continue;
            }
            Object[] row = new Object[columns];
            for (int column = 1; column <= columns; column++) {
                row[column - 1] = value(result, column);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        return value instanceof Array array ? array.getArray() : value;
    }
}

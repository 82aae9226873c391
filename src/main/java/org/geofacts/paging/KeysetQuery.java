package org.geofacts.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Builds a native keyset query for one page: filters are ANDed, the rows after the cursor key are
 * taken in key order, one more than the page size. {@link #rows} reads the page itself with a
 * given select list (how reads build answers), {@link #ids} only its keys. Native SQL because
 * full-text matching (@@) has no HQL form.
 */
public final class KeysetQuery {

    private final String table;
    private final String key;
    private final String keyType;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean planPerCall = true;

    /** A page keyed by a text column. */
    public KeysetQuery(String table, String key) {
        this(table, key, "text");
    }

    /** A page keyed by a column of the given SQL type; the cursor, which is text, is cast to it. */
    public KeysetQuery(String table, String key, String keyType) {
        this.table = table;
        this.key = key;
        this.keyType = keyType;
    }

    /**
     * The one row whose key has this value (an item read, with {@link PageRequest#FIRST_ROW}). Any
     * key is found the same way, so its plan is kept ({@link #samePlanForAnyValue}).
     */
    public static KeysetQuery byKey(String table, String key, Object value) {
        return new KeysetQuery(table, key).where("t." + key + " = {0}", value).samePlanForAnyValue();
    }

    /** Adds a condition; parameters are named :p0, :p1 ... in the order given, referenced as {0}, {1}... */
    public KeysetQuery where(String condition, Object... values) {
        String sql = condition;
        for (int i = 0; i < values.length; i++) {
            String name = "p" + parameters.size();
            parameters.put(name, values[i]);
            sql = sql.replace("{" + i + "}", ":" + name);
        }
        conditions.add(sql);
        return this;
    }

    /**
     * Marks a query whose best plan is the same whatever its values: one row by a unique value (an
     * item read), or the few rows under one parent through an index on it (an agreement's clauses).
     * PostgreSQL may then keep one plan for it (see {@link NativeRows}). Other lists are planned per
     * call: how many rows a filter matches decides their plan.
     */
    public KeysetQuery samePlanForAnyValue() {
        planPerCall = false;
        return this;
    }

    /** Full-text match over a generated tsvector column, in Indonesian and English. */
    public KeysetQuery matchingText(String column, String text) {
        return where(column + " @@ " + tsquery("{0}"), text);
    }

    /**
     * The tsquery of a user's words, parsed as web-search syntax in Indonesian and in English (the
     * generated tsvector columns hold both languages).
     *
     * @param words the SQL that gives the words: a parameter reference such as {@code :q}
     */
    public static String tsquery(String words) {
        return "(websearch_to_tsquery('indonesian', " + words + ") || websearch_to_tsquery('english', " + words + "))";
    }

    /** A PostgreSQL text[] literal, bound as a parameter and cast in SQL; every element is quoted. */
    public static String textArray(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }

    public List<String> ids(EntityManager em, PageRequest page) {
        return rows(em, page, "t." + key, "").stream().map(String.class::cast).toList();
    }

    /**
     * The page's rows with the given select list (table alias {@code t}) and joins, in key order: a list
     * answered by one statement, with no entities to load afterwards. Planned with this page's values
     * (see {@link NativeRows}), as how selective a filter is decides the plan, unless {@link #samePlanForAnyValue}.
     *
     * @return one Object (a single column) or Object[] per row, as JPA gives native results
     */
    public List<Object> rows(EntityManager em, PageRequest page, String select, String joins) {
        if (page.after() != null) {
            where("t." + key + " > cast({0} as " + keyType + ")", page.after());
        }
        String sql = "select " + select + " from " + table + " t " + joins
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by t." + key + " limit " + page.fetchSize();
        return planPerCall ? NativeRows.plannedPerCall(em, sql, parameters) : NativeRows.planKept(em, sql, parameters);
    }
}

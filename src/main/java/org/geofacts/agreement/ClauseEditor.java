package org.geofacts.agreement;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.writes.ConditionalWrites;
import org.geofacts.web.JsonBodies;
import org.geofacts.web.MergePatch;
import org.geofacts.web.Problem;
import org.geofacts.web.ProblemException;
import org.geofacts.writes.WriteSession;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.editing.FactEditor;
import org.geofacts.bundle.FactKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Curators' edits of single clauses. A clause is part of its agreement's bundle entry, so each
 * edit rewrites the agreement through the importer with that one clause changed; the clause's own
 * ETag is the precondition, so edits of other clauses of the same agreement do not conflict.
 */
@ApplicationScoped
public class ClauseEditor {

    private static final String CLAUSES = "clauses";
    private static final String ORDINAL = "ordinal";

    private final FactEditor editor;
    private final AgreementKind form;
    private final AgreementService agreements;
    private final ConditionalWrites writes;
    private final WriteSession session;

    public ClauseEditor(FactEditor editor, AgreementKind form, AgreementService agreements, ConditionalWrites writes,
            WriteSession session) {
        this.editor = editor;
        this.form = form;
        this.agreements = agreements;
        this.writes = writes;
        this.session = session;
    }

    /**
     * Adds a clause; without an ordinal it comes after the last one.
     *
     * @return the new clause as GET will serve it
     * @throws ProblemException 404 for an unknown agreement, 409 when the ordinal is taken, 422 when invalid
     */
    @Transactional
    public ClauseDto create(String agreementId, JsonNode body, String actor) {
        ObjectNode clause = JsonBodies.object(body, "clause");
        session.begin(actor);
        FactKind.Stored<AgreementEntry> stored = form.stored(agreementId)
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
        ObjectNode agreement = editor.editable(form, stored);
        ArrayNode clauses = agreement.withArrayProperty(CLAUSES);
        JsonNode given = clause.get(ORDINAL);
        if (given == null || given.isNull()) {
            int last = 0;
            for (JsonNode existing : clauses) {
                last = Math.max(last, existing.get(ORDINAL).asInt());
            }
            clause.put(ORDINAL, last + 1);
        } else if (ordinalOf(given) == null) {
            throw ProblemException.invalidEdit("the ordinal must be a whole number of at least 1",
                    List.of(new Problem.InvalidField("/" + ORDINAL, "must be an integer of at least 1")));
        } else if (indexOf(clauses, ordinalOf(given)) >= 0) {
            throw ProblemException.alreadyExists("agreement '" + agreementId + "' has a clause " + ordinalOf(given)
                    + " already; leave ordinal out to add the clause after the last one");
        }
        clauses.add(clause);
        editor.writePart(form, stored, agreement, "/" + CLAUSES + "/" + (clauses.size() - 1), actor);
        return agreements.clause(agreementId, ordinalOf(clause.get(ORDINAL)));
    }

    /** Replaces the clause; its ordinal may be left out but not changed. */
    @Transactional
    public ClauseDto replace(String agreementId, int ordinal, JsonNode body, String ifMatch, String actor) {
        ObjectNode clause = JsonBodies.object(body, "clause");
        return rewrite(agreementId, ordinal, ifMatch, actor, current -> clause);
    }

    /** Applies a JSON merge patch (RFC 7396) to the clause in bundle form. */
    @Transactional
    public ClauseDto patch(String agreementId, int ordinal, JsonNode patch, String ifMatch, String actor) {
        ObjectNode changes = JsonBodies.object(patch, "clause merge patch");
        return rewrite(agreementId, ordinal, ifMatch, actor, current -> (ObjectNode) MergePatch.apply(current, changes));
    }

    @Transactional
    public void delete(String agreementId, int ordinal, String ifMatch, String actor) {
        begin(agreementId, ordinal, ifMatch, actor);
        FactKind.Stored<AgreementEntry> stored = form.stored(agreementId).orElseThrow();
        ObjectNode agreement = editor.editable(form, stored);
        ArrayNode clauses = agreement.withArrayProperty(CLAUSES);
        clauses.remove(indexOf(clauses, ordinal));
        editor.writePart(form, stored, agreement, "", actor);
    }

    private ClauseDto rewrite(String agreementId, int ordinal, String ifMatch, String actor, UnaryOperator<ObjectNode> edit) {
        begin(agreementId, ordinal, ifMatch, actor);
        FactKind.Stored<AgreementEntry> stored = form.stored(agreementId).orElseThrow();
        ObjectNode agreement = editor.editable(form, stored);
        ArrayNode clauses = agreement.withArrayProperty(CLAUSES);
        int index = indexOf(clauses, ordinal);
        ObjectNode clause = edit.apply((ObjectNode) clauses.get(index));
        JsonNode newOrdinal = clause.get(ORDINAL);
        if (newOrdinal == null) {
            clause.put(ORDINAL, ordinal);
        } else if (!Integer.valueOf(ordinal).equals(ordinalOf(newOrdinal))) {
            throw ProblemException.invalidEdit("a clause's ordinal cannot change; delete it and add it anew",
                    List.of(new Problem.InvalidField("/" + ORDINAL, "must stay " + ordinal)));
        }
        clauses.set(index, clause);
        editor.writePart(form, stored, agreement, "/" + CLAUSES + "/" + index, actor);
        return agreements.clause(agreementId, ordinal);
    }

    /** Takes the write lock and checks If-Match against the clause as GET serves it (404 when absent). */
    private void begin(String agreementId, int ordinal, String ifMatch, String actor) {
        writes.begin("clause", agreementId + "/" + ordinal, ifMatch, actor, () -> Optional.of(agreements.clause(agreementId, ordinal)));
    }

    /** The ordinal as Jackson will bind it (a number, or digits in a string); null when it is not one. */
    private static Integer ordinalOf(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.asInt();
        }
        return value.isTextual() && value.asText().matches("[0-9]{1,9}") ? Integer.valueOf(value.asText()) : null;
    }

    private static int indexOf(ArrayNode clauses, int ordinal) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).get(ORDINAL).asInt() == ordinal) {
                return i;
            }
        }
        return -1;
    }
}

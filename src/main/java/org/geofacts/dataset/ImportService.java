package org.geofacts.dataset;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.web.JsonBodies;
import org.geofacts.web.Problem;
import org.geofacts.web.ProblemException;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.geofacts.bundle.BundleImporter;
import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.BundleRejectedException;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.ImportMode;
import org.geofacts.bundle.ImportReport;

/** Imports curators' bundles for documents already stored (POST /documents first). */
@ApplicationScoped
public class ImportService {

    private final BundleImporter importer;
    private final DocumentRepository documents;
    private final ObjectMapper mapper;

    public ImportService(BundleImporter importer, DocumentRepository documents, ObjectMapper mapper) {
        this.importer = importer;
        this.documents = documents;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @param mode REPLACE (the bundle is the whole truth about its document) or ADD (nothing is deleted)
     * @throws ProblemException 400 for a body that is no fact bundle or holds text PostgreSQL cannot store,
     *                          422 listing every problem, with nothing written
     */
    public ImportReport importBundle(JsonNode body, String actor, ImportMode mode) {
        FactBundle bundle = JsonBodies.bind(mapper, JsonBodies.object(body, "fact bundle"), FactBundle.class, "fact bundle");
        List<BundleProblem> problems = new ArrayList<>();
        String text = null;
        if (bundle.document() == null || bundle.document().id() == null) {
            problems.add(new BundleProblem("/document/id", "is required: the id of a stored document"));
        } else {
            Document stored = documents.findById(bundle.document().id());
            if (stored == null) {
                problems.add(new BundleProblem("/document/id",
                        "no stored document '" + bundle.document().id() + "': POST /documents with its text first"));
            } else {
                text = stored.body;
            }
            if (bundle.document().sourceFile() != null) {
                problems.add(new BundleProblem("/document/source_file", "only bundled datasets name a file; imports use the stored text"));
            }
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        try {
            return importer.importBundle(bundle, text, actor, mode);
        } catch (BundleRejectedException e) {
            throw rejected(e.problems());
        }
    }

    static ProblemException rejected(List<BundleProblem> problems) {
        return new ProblemException(422, "invalid-bundle", "Invalid fact bundle",
                problems.size() + " problem(s); nothing was written",
                problems.stream().map(p -> new Problem.InvalidField(p.pointer(), p.message())).toList());
    }
}

package org.geofacts.bundle;

import org.geofacts.model.AuditedEntity;
import org.geofacts.writes.Curators;
import org.jboss.logging.Logger;

/** How a bundle's facts meet the facts already stored for its document. */
public enum ImportMode {

    /** The bundle is the whole truth about its document: facts it lacks are deleted (POST /imports). */
    REPLACE,

    /**
     * Like REPLACE, but facts of the document the bundle lacks are kept (POST /imports?mode=add):
     * an extraction proposal added to a document curators already wrote facts for.
     */
    ADD,

    /** Only the facts the bundle names are written (single-fact edits). */
    MERGE,

    /**
     * A bundled dataset changed since it was last loaded: like REPLACE, except that what curators
     * wrote through the API stays as they left it (their edits are not overwritten, their additions
     * not deleted).
     */
    RELOAD;

    /** Imports restate shared entities: an entry may add to a stored person or country, not change it. */
    public boolean restates() {
        return this == REPLACE || this == ADD;
    }

    /** Whether the document's facts the bundle lacks are deleted. */
    public boolean deletesAbsent() {
        return this == REPLACE || this == RELOAD;
    }

    /** On RELOAD, a stored row a curator wrote last is left as it is. */
    public boolean keepsAsCuratorsLeftIt(AuditedEntity stored) {
        boolean kept = this == RELOAD && stored != null && Curators.isCurator(stored.updatedBy);
        if (kept) {
            Logger.getLogger(ImportMode.class).infof("kept a %s as curator %s left it", stored.getClass().getSimpleName(), stored.updatedBy);
        }
        return kept;
    }
}

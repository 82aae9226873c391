package org.geofacts.bundle;

import org.geofacts.model.AuditedEntity;
import org.geofacts.writes.Curators;
import org.jboss.logging.Logger;

/** How a bundle's facts meet the facts already stored for its document. */
public enum ImportMode {

    /** The bundle is the whole truth about its document: facts it lacks are deleted (POST /imports). */
    REPLACE,

    /** Only the facts the bundle names are written (single-fact edits). */
    MERGE,

    /**
     * A bundled dataset changed since it was last loaded: like REPLACE, except that what curators
     * wrote through the API stays as they left it (their edits are not overwritten, their additions
     * not deleted).
     */
    RELOAD;

    /** On RELOAD, a stored row a curator wrote last is left as it is. */
    public boolean keepsAsCuratorsLeftIt(AuditedEntity stored) {
        boolean kept = this == RELOAD && stored != null && Curators.isCurator(stored.updatedBy);
        if (kept) {
            Logger.getLogger(ImportMode.class).infof("kept a %s as curator %s left it", stored.getClass().getSimpleName(), stored.updatedBy);
        }
        return kept;
    }
}

package org.geofacts.dataset;

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
    RELOAD
}

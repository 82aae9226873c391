-- /search ranks the first matches of each table in storage order (search.SearchRepository). A
-- parallel scan would hand them over in whatever order its workers read pages, so the window would
-- change from one request to the next; these tables are scanned by one process. Every read of them
-- the service makes is a keyset page or a bounded window, where a parallel scan does not pay.
ALTER TABLE claims SET (parallel_workers = 0);
ALTER TABLE quotes SET (parallel_workers = 0);
ALTER TABLE clauses SET (parallel_workers = 0);

-- With default statistics the planner estimates a rare word at ~1 % of rows and walks the primary
-- key instead of using the GIN index (measured at 1M quotes: 100-130 ms per request instead of ~7 ms;
-- bench/README.md, "Scale"). A larger sample of the tsvector columns fixes the estimate.
ALTER TABLE quotes ALTER COLUMN search SET STATISTICS 1000;
ALTER TABLE claims ALTER COLUMN search SET STATISTICS 1000;
ANALYZE quotes;
ANALYZE claims;

-- Indexes for the references that deletes check and cascade over (editing.References): without
-- them, counting or detaching what refers to a person, organization, country or agreement scans
-- the whole table, and on a large table would run into the 3 s statement timeout.
CREATE INDEX people_country_idx ON people (country_code);
CREATE INDEX quotes_channel_idx ON quotes (channel_id);
CREATE INDEX claims_about_idx ON claims (about_agreement_id);

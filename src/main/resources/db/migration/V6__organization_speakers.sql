-- A quote may be spoken by an organization rather than a person: a news agency ("lapor kantor
-- berita KCNA"), a ministry, a government ("the Kremlin said"). Exactly one of the two speaks.
ALTER TABLE quotes ALTER COLUMN speaker_id DROP NOT NULL;
ALTER TABLE quotes ADD COLUMN speaker_organization_id text REFERENCES organizations (id);
ALTER TABLE quotes ADD CONSTRAINT quotes_one_speaker CHECK (num_nonnulls(speaker_id, speaker_organization_id) = 1);
CREATE INDEX quotes_speaker_organization_idx ON quotes (speaker_organization_id, id);

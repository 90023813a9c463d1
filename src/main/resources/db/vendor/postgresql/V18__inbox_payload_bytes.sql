-- The inbox's payload as UTF-8 bytes, as on H2 (see db/vendor/h2 for why); existing payloads
-- are converted as UTF-8.
alter table inbox alter column payload type bytea using convert_to(payload, 'UTF8');

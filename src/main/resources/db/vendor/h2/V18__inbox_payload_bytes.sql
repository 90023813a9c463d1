-- The inbox's payload as UTF-8 bytes rather than text: H2 encodes a text column character by
-- character each time it stores a page, and the inbox's newest page is stored at every poll's
-- commit. Existing payloads are converted as UTF-8.
alter table inbox alter column payload set data type varbinary;

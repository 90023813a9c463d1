-- The push's token bucket shared by every instance on a PostgreSQL database: one row per pace
-- (its id is the refill period in nanoseconds), its state written by Bucket4j. Created on H2
-- too, where each process paces itself and the table stays empty.
create table push_rate_bucket (
    id     bigint not null primary key,
    state  bytea
);

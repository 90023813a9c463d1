-- What the chat remembers between two commands, kept here so that whichever instance takes a
-- chat's next update knows it. Written only by the chat package.

-- The items a chat was last shown, numbered from 1 in the order of shown_ids (for /source n),
-- and those still waiting behind "More", the next of which gets number first_number. Ids are
-- comma-separated. Rows not written for two days are deleted by an hourly sweep; the sweep
-- reads the whole table rather than an index on updated_at, which every /latest would update.
create table chat_memory (
    chat_id        bigint  not null primary key,
    shown_ids      varchar not null,
    remaining_ids  varchar not null,
    first_number   integer not null,
    updated_at     timestamp with time zone not null
);

-- Each chat's commands in its current minute, counted by every instance (the flood guard).
-- A window that has run out starts again at the chat's next command; rows of chats gone quiet
-- are deleted every minute.
create table chat_flood (
    chat_id        bigint  not null primary key,
    window_start   timestamp with time zone not null,
    command_count  integer not null
);

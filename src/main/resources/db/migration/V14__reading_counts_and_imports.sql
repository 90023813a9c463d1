-- What is read, counted without recording who: per item of an issue (its date and its anchor,
-- which survive an edit of the issue) and kind of reading (SOURCE_COMMAND, SOURCE_BUTTON, MORE,
-- INLINE, WEB; anchor 0 with WEB is the issue's own page). No chat id, no user id.
create table reading_count (
    issue_date  date         not null,
    anchor      int          not null,
    kind        varchar(16)  not null,
    events      bigint       not null,
    primary key (issue_date, anchor, kind)
);

-- Followers gained and lost per topic and day (in the push's default time zone). No chat id, no user id.
create table follower_change (
    on_day    date          not null,
    topic     varchar(100)  not null,
    joined    bigint        not null,
    departed  bigint        not null,
    primary key (on_day, topic)
);

-- An admin's subscribers file, checked and shown, waiting for the admin's confirmation. One per
-- admin; the token is in the confirmation button, so an old or made-up button finds nothing.
create table pending_import (
    admin_id    bigint       not null primary key,
    token       varchar(32)  not null,
    file_name   varchar(255),
    content     text         not null,
    created_at  timestamp with time zone not null
);

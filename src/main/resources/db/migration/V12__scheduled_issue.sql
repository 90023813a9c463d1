-- Issues planned for a later moment. Such an issue is not in the issue table until its time, so
-- nothing shows it before (chat, archive, search, web, inline); at its time the instance that
-- locks its row first stores it as an issue and deletes the row, in one transaction.
-- publish_at: the moment to publish it; a draft's is the moment given with /publish date time.
create table scheduled_issue (
    issue_date  date          not null primary key,
    admin_id    bigint        not null,
    file_name   varchar(255),
    content     varchar       not null,
    items       int           not null,
    publish_at  timestamp with time zone not null,
    created_at  timestamp with time zone not null
);

create index scheduled_issue_due on scheduled_issue (publish_at);

alter table draft add column publish_at timestamp with time zone;

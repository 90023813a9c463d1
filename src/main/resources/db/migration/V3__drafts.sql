-- An admin's issue in the making: collected from pasted messages, or parsed from an upload
-- and waiting for confirmation. One per admin; kept in the database so it survives a restart.
create table draft (
    admin_id    bigint       not null primary key,
    chat_id     bigint       not null,
    state       varchar(12)  not null,
    issue_date  date,
    file_name   varchar(255),
    content     varchar      not null,
    version     int          not null,
    updated_at  timestamp with time zone not null
);

-- Updates received from Telegram, written down before they are acknowledged (before the poll
-- loop moves its offset on, before the webhook answers 200) and deleted once answered; an
-- update whose lease ran out (its instance died) is taken up again.
create table inbox (
    update_id    bigint      not null primary key,
    chat_id      bigint      not null,
    kind         varchar(12) not null,
    payload      varchar     not null,
    received_at  timestamp with time zone not null,
    taken_until  timestamp with time zone not null
);

-- Values the bot makes up once and keeps, such as a generated webhook secret.
create table setting (
    setting_name   varchar(64)   not null primary key,
    setting_value  varchar(1000) not null
);

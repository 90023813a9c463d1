-- An answered update is no longer deleted: its row stays a day, without its payload, so that
-- the same update delivered again (Telegram calls the webhook again when it missed the 200, and
-- may reach another instance) is recognised by its update_id and dropped.
alter table inbox add column answered_at timestamp with time zone;

-- Unanswered updates, looked for every few seconds, among a day of answered ones.
create index inbox_unanswered on inbox (answered_at, taken_until);

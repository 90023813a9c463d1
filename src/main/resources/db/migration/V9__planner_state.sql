-- The planner's own state of each chat, moved out of subscriber (which only the subscription
-- package writes) into a table of the delivery package: the local date of the last scheduled
-- push planned for the chat, and the push whose planning last picked it (it may have planned
-- nothing for it). A chat without a row has never been planned. No foreign key to subscriber:
-- the delivery package deletes a forgotten chat's row itself. H2 and PostgreSQL alike.
create table planner_state (
    chat_id          bigint not null primary key,
    last_planned_on  date,
    last_push_id     bigint
);

insert into planner_state (chat_id, last_planned_on, last_push_id)
select chat_id, last_planned_on, last_push_id from subscriber
where last_planned_on is not null or last_push_id is not null;

alter table subscriber drop column last_planned_on;
alter table subscriber drop column last_push_id;

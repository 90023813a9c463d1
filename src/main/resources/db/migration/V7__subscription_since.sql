-- Each topic a chat follows brings the items of the issues from the one that was current when
-- it was followed (or, after a pause, when the chat resumed): a topic followed later does not
-- bring its past. Null: no issue had been published then, so every issue is new. H2 and
-- PostgreSQL alike.
alter table subscription add column since_issue_date date;

-- Until now the chat's first subscription set where its pushes began, for every topic.
update subscription set since_issue_date =
    (select s.from_issue_date from subscriber s where s.chat_id = subscription.chat_id);

-- An item's anchor: its stable place in its issue's web page (#item-3) and short link
-- (/i/2025-01-27/3). It is the item's number when the issue is first published; when the issue is
-- replaced, the item that stands for an old one keeps its anchor, and a new item gets one never
-- used in that issue before.
alter table item add column anchor int;
update item set anchor = number;
alter table item alter column anchor set not null;
alter table item add constraint item_anchor_unique unique (issue_id, anchor);

-- The highest anchor the issue ever gave, so that a removed item's anchor is not given again.
alter table issue add column last_anchor int default 0 not null;
update issue set last_anchor = (select coalesce(max(i.number), 0) from item i where i.issue_id = issue.id);

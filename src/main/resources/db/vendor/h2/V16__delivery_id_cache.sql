-- H2 writes its identity counter to the file every time a block of ids runs out, in a commit
-- of its own: with WRITE_DELAY=0 that commit stores every page changed since the last one. At
-- H2's default block of 32 ids, planning 100,000 subscribers (half a million deliveries) made
-- 16,000 such stores, a third of the planner's samples in a profile. A crash skips the rest of
-- the block (ids only need to grow, not to be dense).
alter table delivery alter column id set cache 10000;

-- The deliveries' references to their item and push, checked once a statement instead of once a
-- row. PostgreSQL checks a foreign key with a query of its own for every inserted row: planning
-- a push of a million subscribers inserts five million deliveries, and the two foreign keys of
-- delivery took half of the server's time. These triggers keep what the keys kept:
--   * an inserted delivery's item and push exist, and stay until the insert commits (they are
--     locked as the keys lock them, FOR KEY SHARE), checked once for all the rows of a statement;
--   * a delivery moved to another item or push (a replaced issue moves what was sent) refers to
--     rows that exist, checked row by row as before: such moves are few;
--   * deleting items deletes their deliveries (the item key's ON DELETE CASCADE);
--   * a push with deliveries cannot be deleted (the push key's NO ACTION).
-- Item and push ids are identities that nothing updates. H2 keeps its foreign keys: there the
-- planner's time goes elsewhere.

create function delivery_references_exist() returns trigger language plpgsql as $$
begin
    if (select count(distinct item_id) from new_deliveries)
            <> (select count(*) from (select i.id from item i where i.id in (select item_id from new_deliveries)
                for key share) locked) then
        raise foreign_key_violation using message = 'a delivery refers to an item that does not exist';
    end if;
    if (select count(distinct push_id) from new_deliveries)
            <> (select count(*) from (select p.id from push p where p.id in (select push_id from new_deliveries)
                for key share) locked) then
        raise foreign_key_violation using message = 'a delivery refers to a push that does not exist';
    end if;
    return null;
end
$$;

create trigger delivery_references_exist after insert on delivery
    referencing new table as new_deliveries for each statement execute function delivery_references_exist();

create function delivery_moved_references_exist() returns trigger language plpgsql as $$
begin
    perform 1 from item where id = new.item_id for key share;
    if not found then
        raise foreign_key_violation using message = 'a delivery refers to an item that does not exist';
    end if;
    if new.push_id is not null then
        perform 1 from push where id = new.push_id for key share;
        if not found then
            raise foreign_key_violation using message = 'a delivery refers to a push that does not exist';
        end if;
    end if;
    return null;
end
$$;

create trigger delivery_moved_references_exist after update of item_id, push_id on delivery for each row
    when (old.item_id is distinct from new.item_id or old.push_id is distinct from new.push_id)
    execute function delivery_moved_references_exist();

create function item_deliveries_go_with_it() returns trigger language plpgsql as $$
begin
    delete from delivery where item_id in (select id from old_items);
    return null;
end
$$;

create trigger item_deliveries_go_with_it after delete on item
    referencing old table as old_items for each statement execute function item_deliveries_go_with_it();

create function push_with_deliveries_stays() returns trigger language plpgsql as $$
begin
    if exists (select 1 from delivery where push_id in (select id from old_pushes)) then
        raise foreign_key_violation using message = 'a push with deliveries cannot be deleted';
    end if;
    return null;
end
$$;

create trigger push_with_deliveries_stays after delete on push
    referencing old table as old_pushes for each statement execute function push_with_deliveries_stays();

-- The item key's name was generated (the table was made anew in V11 while its old self still
-- held the first name), so it is looked up.
do $$
declare
    item_key text;
begin
    select conname into item_key from pg_constraint
    where conrelid = 'delivery'::regclass and confrelid = 'item'::regclass and contype = 'f';
    execute format('alter table delivery drop constraint %I', item_key);
end
$$;

alter table delivery drop constraint delivery_push;

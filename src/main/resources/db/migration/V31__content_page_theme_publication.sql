-- Themes and static pages can be taken offline (and back) without deleting them.
alter table page add column published boolean default true not null;
alter table theme add column published boolean default true not null;

-- Events are edited in the admin through the shared edit flow: a version for stale edits
-- (409), and an image from the media library with its description.
alter table event add column version bigint default 0 not null;
alter table event add column image_path varchar(500);
alter table event add column image_alt varchar(300);

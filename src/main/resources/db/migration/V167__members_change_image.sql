-- A member's proposed change can also give the initiative another image, uploaded from
-- the member's own profile into the media library, or take its image away: image_change
-- says whether it does, image_path is the new image's stable address (null: no image).
alter table member_change add column image_change boolean default false not null;
alter table member_change add column image_path varchar(500);

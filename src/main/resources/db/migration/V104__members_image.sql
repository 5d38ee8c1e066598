-- An initiative's logo or photo comes from the media library (ADR 0011): its stable
-- address in image_path, with a text alternative and a caption for this page (empty keeps
-- the library's). The unused image_id from V80 goes: the library's address is what
-- articles, toolkits and events store too.
alter table member_initiative drop column image_id;
alter table member_initiative add column image_path varchar(500);
alter table member_initiative add column image_alt varchar(300);
alter table member_initiative add column image_caption varchar(300);

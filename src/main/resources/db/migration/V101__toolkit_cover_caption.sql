-- A toolkit's image comes from the media library (ADR 0011): its stable address stays in
-- cover_image, with the alt text in cover_alt; this adds the caption shown with it.
alter table toolkit add column cover_caption varchar(300);

-- Who outside the staff uploaded a library file (ADR 0011): the name of the member
-- initiative whose member uploaded it from their own profile, shown to editors in the
-- library. Empty for files editors uploaded.
alter table media_file add column owner varchar(200);

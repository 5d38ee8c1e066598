-- One row per module whose demo content has been loaded into this database.
create table demo_content (
    module    varchar(40) primary key,
    loaded_at timestamp with time zone not null
);

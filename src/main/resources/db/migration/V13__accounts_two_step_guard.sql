-- Wrong two-step codes are counted apart from wrong passwords (a correct password must not
-- reset them), and the last accepted time step is kept so a code cannot be used twice.
alter table account add column failed_codes integer default 0 not null;
alter table account add column last_totp_step bigint;

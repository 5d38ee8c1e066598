-- Wrong two-step codes lock the account on their own clock: five wrong passwords (which
-- anyone who knows an admin's address can type) no longer keep an admin with two-step
-- verification out; the password and a correct code still let them in.
alter table account add column code_locked_until timestamp with time zone;

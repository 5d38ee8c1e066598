-- Reminders the day before are sent once per event; sign-ups are found by phone number
-- as digits only (for the personal-data export and erase).
alter table event add column reminders_sent_at timestamp with time zone;
alter table event_registration add column phone_digits varchar(40);
create index ix_event_registration_email on event_registration (email);
create index ix_event_registration_phone on event_registration (phone_digits);

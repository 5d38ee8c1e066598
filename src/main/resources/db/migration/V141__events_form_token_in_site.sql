-- The sign-up form uses the site's one form-token mechanism (form_submission, V5).
alter table event_registration drop constraint uk_event_registration_form;
alter table event_registration drop column form_token;

-- Members' create forms use the site's one form-token mechanism (form_submission, V5):
-- the records no longer carry a token of their own.
alter table member_initiative drop constraint uk_member_initiative_token;
alter table member_initiative drop column form_token;
alter table member_message drop constraint uk_member_message_token;
alter table member_message drop column form_token;
alter table member_application drop constraint uk_member_application_token;
alter table member_application drop column form_token;

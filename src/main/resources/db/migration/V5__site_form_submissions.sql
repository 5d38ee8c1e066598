-- One row per submitted create form (site.FormSubmissions): the form's one-time token and
-- where its first submission led, so a repeated or concurrent post answers the same.
create table form_submission (
    token varchar(64) not null primary key,
    location varchar(2000),
    created_at timestamp not null
);
create index form_submission_created on form_submission (created_at);

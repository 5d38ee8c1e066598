-- Files sent with a mail, such as an event's .ics; deleted with their mail.
create table mail_attachment (
    mail_id      bigint       not null references mail_outbox (id) on delete cascade,
    position     integer      not null,
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (mail_id, position)
);

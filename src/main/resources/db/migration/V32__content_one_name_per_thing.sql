-- One name per thing: static pages are static_page (not "page", which clashed with
-- Spring Data's Page), and funders and partners are supporters everywhere.
alter table page rename to static_page;
alter table organisation rename to supporter;
alter table article_organisation rename to article_supporter;
alter table article_supporter rename column organisation_id to supporter_id;

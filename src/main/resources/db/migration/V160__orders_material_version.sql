-- Materials are edited through the shared edit flow: a version for stale edits (409).
-- Orders and stock changes do not touch it; only saves of the material's texts and
-- settings do.
alter table order_material add column version bigint default 0 not null;

package nl.bewonersplein.search;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 131: the tables of Hibernate Search's outbox-polling coordination (profile
 * {@code opensearch}, ADR 0015). Every change to an indexed entity is written to the
 * outbox in the same transaction; the nodes' agents divide the outbox between them and
 * index it. The columns are those Hibernate Search 8.2 maps; the enums are kept as their
 * names. Unused, and empty, with the default Lucene profile. Written in Java because the
 * payload is a {@code blob} on H2 and a {@code bytea} on PostgreSQL, the types
 * Hibernate's schema validation expects there.
 */
@Component
class OutboxPollingMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("131");
	}

	@Override
	public String getDescription() {
		return "search outbox polling";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		String binary = product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "bytea" : "blob";
		try (Statement ddl = context.getConnection().createStatement()) {
			ddl.execute("""
					create table hsearch_outbox_event (
					    id             uuid         not null primary key,
					    entity_name    varchar(256) not null,
					    entity_id      varchar(256) not null,
					    entity_id_hash integer      not null,
					    payload        %s           not null,
					    retries        integer      not null,
					    process_after  timestamp(6) with time zone not null,
					    status         varchar(255) not null,
					    tenant_id      varchar(255)
					)""".formatted(binary));
			ddl.execute("create index processAfter on hsearch_outbox_event (process_after)");
			ddl.execute("""
					create table hsearch_agent (
					    id                   uuid         not null primary key,
					    type                 varchar(255) not null,
					    name                 varchar(255) not null,
					    expiration           timestamp(6) with time zone not null,
					    state                varchar(255) not null,
					    total_shard_count    integer,
					    assigned_shard_index integer,
					    payload              %s,
					    tenant_id            varchar(255)
					)""".formatted(binary));
		}
	}

}

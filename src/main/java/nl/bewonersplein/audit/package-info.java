/**
 * The audit log: records every domain event that implements
 * {@link nl.bewonersplein.audit.Audited}, from any module, with who and when, in the
 * transaction of the change; admins read and filter it at {@code /admin/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "shared", "site", "admin" })
package nl.bewonersplein.audit;

/**
 * Value types every module needs and nothing else: the network's identity from
 * configuration ({@link nl.bewonersplein.shared.Network}), dates, links, form errors. A
 * contract belongs to the module that owns it (the page shell's to {@code site}, the
 * admin shell's to {@code admin}, audit events to {@code audit}).
 * <p>
 * {@link nl.bewonersplein.shared.Role} and {@link nl.bewonersplein.shared.SignedIn} stay
 * here although accounts owns them: the admin shell and the audit log need them, and
 * accounts depends on both, so moving them to accounts would make a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package nl.bewonersplein.shared;

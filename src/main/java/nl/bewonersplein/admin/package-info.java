/**
 * The admin shell: the layout around every admin page
 * ({@link nl.bewonersplein.admin.AdminShell}), the menu (from the
 * {@link nl.bewonersplein.admin.AdminMenuItem} beans modules declare), the dashboard
 * (from their {@link nl.bewonersplein.admin.Attention.Provider} beans) and the
 * confirmation step before something is deleted
 * ({@link nl.bewonersplein.admin.Confirmation}). Each feature owns its own admin pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin", allowedDependencies = { "shared", "site" })
package nl.bewonersplein.admin;

/**
 * The admin shell only: the layout around every admin page, the menu (from the
 * {@link nl.bewonersplein.shared.AdminMenuItem} beans modules declare) and the dashboard
 * (from their {@link nl.bewonersplein.shared.Attention.Provider} beans). Each feature
 * owns its own admin pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin", allowedDependencies = "shared")
package nl.bewonersplein.admin;

/**
 * The few types every module needs: the network's identity from configuration, the page
 * shell handed to every template, and the run-once guard for demo content. Keep it small.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package nl.bewonersplein.shared;

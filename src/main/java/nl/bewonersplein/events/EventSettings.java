package nl.bewonersplein.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the events module, {@code bewonersplein.events.*}.
 *
 * @param retention how long after an event its sign-ups keep names and contact details
 * (then they are anonymised; the counts stay)
 */
@ConfigurationProperties("bewonersplein.events")
record EventSettings(@DefaultValue("90d") Duration retention) {

}

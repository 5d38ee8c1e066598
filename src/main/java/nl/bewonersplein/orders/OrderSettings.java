package nl.bewonersplein.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the orders module, {@code bewonersplein.orders.*}.
 *
 * @param retention how long after sending (or cancelling) an order's name and address are
 * kept
 * @param addressLimit how many orders one address may place for one material within
 * {@code addressPeriod}
 * @param addressPeriod the period of {@code addressLimit}
 */
@ConfigurationProperties("bewonersplein.orders")
record OrderSettings(@DefaultValue("183d") Duration retention, @DefaultValue("2") int addressLimit,
		@DefaultValue("30d") Duration addressPeriod) {

}

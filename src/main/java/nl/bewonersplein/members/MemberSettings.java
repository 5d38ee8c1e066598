package nl.bewonersplein.members;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the members module, {@code bewonersplein.members.*}.
 *
 * @param messageRetention how long contact-form messages are kept
 * @param pageSize initiatives per directory page
 * @param tiles the interactive map's tile server, loaded only after a visitor asks
 */
@ConfigurationProperties("bewonersplein.members")
record MemberSettings(@DefaultValue("365d") Duration messageRetention, @DefaultValue("20") int pageSize,
		@DefaultValue Tiles tiles) {

	/**
	 * A tile server for Leaflet.
	 *
	 * @param url the tile address template with {@code {z}}, {@code {x}}, {@code {y}}
	 * @param attribution the credit the tile server asks for (plain text)
	 * @param name what the opt-in button calls it, e.g. "OpenStreetMap"
	 */
	record Tiles(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String url,
			@DefaultValue("© OpenStreetMap-bijdragers") String attribution,
			@DefaultValue("OpenStreetMap") String name) {

		/**
		 * The origin (scheme and host) tiles come from, for the Content-Security-Policy.
		 */
		String origin() {
			java.net.URI uri = java.net.URI.create(this.url.replaceAll("[{}]", ""));
			return uri.getScheme() + "://" + uri.getRawAuthority();
		}

	}

}

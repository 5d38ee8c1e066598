package nl.bewonersplein.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity of the network that runs this site: its name, logo, colours and contact
 * details. Everything a white-label deployment changes lives here, set through
 * {@code bewonersplein.network.*} properties.
 *
 * @param name full name, e.g. in the footer and the page title
 * @param shortName short name, e.g. in the header on small screens
 * @param tagline one line under the name on the home page
 * @param logo path or URL of the logo image (SVG or PNG)
 * @param colors the brand colours
 * @param phone phone number as people read it
 * @param email public contact address of the network
 * @param address postal address
 */
@Validated
@ConfigurationProperties("bewonersplein.network")
public record Network(@NotBlank String name, @NotBlank String shortName, @DefaultValue("") String tagline,
		@NotBlank String logo, @Valid @DefaultValue Colors colors, @NotBlank String phone,
		@Email @NotBlank String email, @Valid @DefaultValue Address address) {

	/** Phone number as a {@code tel:} link target: digits and a leading plus only. */
	public String phoneHref() {
		return "tel:" + this.phone.replaceAll("[^0-9+]", "");
	}

	/**
	 * Brand colours as CSS hex values. They are checked strictly because they are written
	 * into a style sheet.
	 *
	 * @param primary colour of the header, buttons and links; must give AA contrast on
	 * white
	 * @param primaryDark darker shade for hover and focus states
	 * @param accent colour for highlights and the focus ring
	 */
	public record Colors(@DefaultValue("#1f5f8b") @Pattern(regexp = HEX) String primary,
			@DefaultValue("#143f5c") @Pattern(regexp = HEX) String primaryDark,
			@DefaultValue("#f2b705") @Pattern(regexp = HEX) String accent) {

		static final String HEX = "#[0-9a-fA-F]{6}";

	}

	/**
	 * Postal address of the network's office.
	 *
	 * @param street street and number
	 * @param postcode Dutch postcode
	 * @param town town
	 */
	public record Address(@DefaultValue("") String street, @DefaultValue("") String postcode,
			@DefaultValue("") String town) {

		public boolean isPresent() {
			return !this.street.isBlank() || !this.town.isBlank();
		}

	}

}

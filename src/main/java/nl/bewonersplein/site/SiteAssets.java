package nl.bewonersplein.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import nl.bewonersplein.shared.Network;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The site's static assets: fingerprinted URLs (so they can be cached for a year) and the
 * small inline style that carries the network's colours, allowed by its hash in the
 * Content-Security-Policy.
 */
@Component
class SiteAssets {

	private final Network network;

	private final ResourceUrlProvider urls;

	private final String brandStyle;

	private volatile Layout.Assets assets;

	SiteAssets(Network network, ResourceUrlProvider urls) {
		this.network = network;
		this.urls = urls;
		Network.Colors colors = network.colors();
		this.brandStyle = ":root{--brand:" + colors.primary() + ";--brand-dark:" + colors.primaryDark() + ";--accent:"
				+ colors.accent() + "}";
	}

	Layout.Assets current() {
		Layout.Assets current = this.assets;
		if (current == null) {
			current = new Layout.Assets(url("/css/site.css"), url("/js/site.js"), url(this.network.logo()),
					this.brandStyle);
			this.assets = current;
		}
		return current;
	}

	/**
	 * The CSP source expression that allows the inline brand style and nothing else
	 * inline.
	 */
	String brandStyleHash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.brandStyle.getBytes(StandardCharsets.UTF_8));
			return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String url(String path) {
		if (!path.startsWith("/")) {
			return path;
		}
		String versioned = this.urls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

}

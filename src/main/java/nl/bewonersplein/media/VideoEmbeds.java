package nl.bewonersplein.media;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.site.FrameSources;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recognises links to videos on YouTube, Vimeo and the configured PeerTube hosts, and
 * knows where their privacy-friendly players live. As {@link FrameSources} it tells the
 * site's Content-Security-Policy those hosts, so the player can load, after the visitor's
 * click, from exactly there. PeerTube hosts are set with
 * {@code bewonersplein.media.peertube-hosts} (formerly
 * {@code bewonersplein.content.peertube-hosts}).
 */
@Component
class VideoEmbeds implements FrameSources {

	private static final Pattern YOUTUBE = Pattern.compile(
			"https://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#].*)?");

	private static final Pattern VIMEO = Pattern.compile("https://(?:www\\.)?vimeo\\.com/([0-9]{1,12})/?(?:[?#].*)?");

	private static final Pattern PEERTUBE = Pattern
		.compile("https://([a-z0-9.-]+)/(?:w|videos/watch)/([A-Za-z0-9-]{6,40})/?(?:[?#].*)?");

	private final Set<String> peerTubeHosts = new LinkedHashSet<>();

	VideoEmbeds(
			@Value("${bewonersplein.media.peertube-hosts:${bewonersplein.content.peertube-hosts:}}") List<String> peerTubeHosts) {
		peerTubeHosts.stream()
			.map((host) -> host.trim().toLowerCase(Locale.ROOT))
			.filter((host) -> host.matches("[a-z0-9.-]+"))
			.forEach(this.peerTubeHosts::add);
	}

	/** The video behind a link, if it is one this site can embed. */
	Optional<Video> parse(String url) {
		if (url == null) {
			return Optional.empty();
		}
		String link = url.trim();
		Matcher youtube = YOUTUBE.matcher(link);
		if (youtube.matches()) {
			String id = youtube.group(1);
			return Optional.of(new Video("YouTube", "https://www.youtube.com/watch?v=" + id,
					"https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1"));
		}
		Matcher vimeo = VIMEO.matcher(link);
		if (vimeo.matches()) {
			String id = vimeo.group(1);
			return Optional.of(new Video("Vimeo", "https://vimeo.com/" + id,
					"https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1"));
		}
		Matcher peertube = PEERTUBE.matcher(link);
		if (peertube.matches() && this.peerTubeHosts.contains(peertube.group(1))) {
			String host = peertube.group(1);
			String id = peertube.group(2);
			return Optional.of(new Video("PeerTube", "https://" + host + "/w/" + id,
					"https://" + host + "/videos/embed/" + id + "?autoplay=1"));
		}
		return Optional.empty();
	}

	/** The origins a video player may be framed from. */
	@Override
	public List<String> frameSources() {
		List<String> sources = new java.util.ArrayList<>(
				List.of("https://www.youtube-nocookie.com", "https://player.vimeo.com"));
		this.peerTubeHosts.forEach((host) -> sources.add("https://" + URI.create("https://" + host).getHost()));
		return sources;
	}

	/**
	 * A video that can be embedded.
	 *
	 * @param host the name of the service, as people know it
	 * @param watchUrl its page on the service
	 * @param embedUrl the player to frame after a click
	 */
	record Video(String host, String watchUrl, String embedUrl) {

	}

}

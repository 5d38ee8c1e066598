package nl.bewonersplein.media;

import java.util.List;
import java.util.Set;

import nl.bewonersplein.site.Paging;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Choosing a library image for a body, at {@code /admin/media/kiezen}: the body editor
 * asks for JSON (images with a thumbnail and the text to insert); without JavaScript the
 * same list is an admin page with the text to paste. Read-only. The body format is
 * {@code ![alt](/media/12/name.png)}, see {@link BodyRenderer}.
 */
@Controller
class MediaPickerController {

	static final String PICKER = MediaAdminController.ADMIN + "/kiezen";

	static final int PAGE_SIZE = 24;

	private final MediaStore store;

	MediaPickerController(MediaStore store) {
		this.store = store;
	}

	@GetMapping(path = PICKER, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Answer> json(@RequestParam(required = false) String q, Paging paging) {
		MediaStore.Found found = find(q, paging);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new Answer(items(found), paging.number(), paging.offset(PAGE_SIZE) + PAGE_SIZE < found.total()));
	}

	@GetMapping(PICKER)
	String page(@RequestParam(required = false) String q, Paging paging, Model model) {
		MediaStore.Found found = find(q, paging);
		MediaQuery query = MediaQuery.images(q);
		String base = PICKER + "?" + ((query.text().isEmpty()) ? ""
				: "q=" + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8) + "&");
		model.addAttribute("page",
				new MediaAdminPages.PickerPage(items(found), query.text(),
						paging.isFirst() ? null : base + Paging.PARAM + "=" + (paging.number() - 1),
						(paging.offset(PAGE_SIZE) + PAGE_SIZE < found.total())
								? base + Paging.PARAM + "=" + (paging.number() + 1) : null));
		return "media/admin/picker";
	}

	private MediaStore.Found find(String q, Paging paging) {
		return this.store.search(MediaQuery.images(q), Set.of(), (int) paging.offset(PAGE_SIZE), PAGE_SIZE);
	}

	private static List<MediaAdminPages.PickerItem> items(MediaStore.Found found) {
		return found.items()
			.stream()
			.map((item) -> new MediaAdminPages.PickerItem(item.id(), item.thumbnail().src(), item.width(),
					item.height(), item.decorative() ? "" : item.alt(), item.decorative(), item.caption(),
					item.credit(), item.markdown()))
			.toList();
	}

	/**
	 * The JSON answer.
	 *
	 * @param images the images of this page
	 * @param page its number
	 * @param more whether there is a next page
	 */
	record Answer(List<MediaAdminPages.PickerItem> images, int page, boolean more) {

	}

}

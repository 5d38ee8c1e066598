package nl.bewonersplein.members;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Dates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV at {@code /admin/leden}: export the directory (audited), and import initiatives
 * from a file: first a preview with every row's problems, then the import, all or
 * nothing.
 */
@Controller
class CsvAdminController {

	static final String IMPORT = MemberPaths.ADMIN + "/import";

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final MemberCsv csv;

	private final MemberTexts texts;

	private final java.time.Clock clock;

	CsvAdminController(MemberCsv csv, MemberTexts texts, java.time.Clock clock) {
		this.csv = csv;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping(MemberPaths.ADMIN + "/export")
	ResponseEntity<String> export() {
		String file = "leden-" + LocalDate.now(this.clock.withZone(Dates.ZONE)) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.csv.export());
	}

	@GetMapping(IMPORT)
	String form(@RequestParam(name = "klaar", required = false) Integer imported, Model model) {
		model.addAttribute("page",
				new AdminPages.ImportPage("", List.of(), List.of(), false, (imported != null) ? imported : 0));
		return "members/admin/import";
	}

	@PostMapping(IMPORT)
	String preview(@RequestParam(name = "bestand", required = false) MultipartFile file, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return problem(this.texts.t("members.csv.no-file", locale), model, response);
		}
		if (file.getSize() > MAX_BYTES) {
			return problem(this.texts.t("members.csv.too-big", locale), model, response);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return problem(this.texts.t("members.csv.encoding", locale), model, response);
		}
		return show(text, locale, model, response);
	}

	@PostMapping(IMPORT + "/bevestiging")
	String confirm(@RequestParam(name = "csv", defaultValue = "") String text, Locale locale, Model model,
			HttpServletResponse response) {
		if (text.length() > MAX_BYTES) {
			return problem(this.texts.t("members.csv.too-big", locale), model, response);
		}
		try {
			int imported = this.csv.importAll(text, locale);
			return "redirect:" + IMPORT + "?klaar=" + imported;
		}
		catch (IllegalArgumentException ex) {
			return show(text, locale, model, response);
		}
	}

	private String show(String text, Locale locale, Model model, HttpServletResponse response) {
		MemberCsv.Checked checked = this.csv.check(text, locale);
		if (!checked.importable()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		List<AdminPages.ImportRow> rows = checked.rows()
			.stream()
			.map((row) -> new AdminPages.ImportRow(row.line(), row.profile().name(), row.profile().town(),
					row.errors()))
			.toList();
		model.addAttribute("page", new AdminPages.ImportPage(checked.importable() ? text : "", rows, checked.problems(),
				checked.importable(), 0));
		return "members/admin/import";
	}

	private String problem(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", new AdminPages.ImportPage("", List.of(), List.of(message), false, 0));
		return "members/admin/import";
	}

}

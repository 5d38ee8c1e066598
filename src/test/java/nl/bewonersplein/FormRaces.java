package nl.bewonersplein;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts forms the way a double click or an impatient visitor does: many copies at the
 * same moment. Used to prove that create forms are idempotent (site.FormSubmissions).
 */
public final class FormRaces {

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private FormRaces() {
	}

	/**
	 * The hidden fields of the first form on a page that has a form token, e.g.
	 * {@code _csrf} and {@code formToken}.
	 */
	public static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(page);
		while (matcher.find()) {
			fields.putIfAbsent(matcher.group(1), matcher.group(2).replace("&#34;", "\"").replace("&amp;", "&"));
		}
		return fields;
	}

	/** Runs {@code post} {@code copies} times at once and returns every answer. */
	public static List<HttpResponse<String>> atOnce(int copies, Supplier<HttpResponse<String>> post) {
		ExecutorService pool = Executors.newFixedThreadPool(copies);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < copies; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return post.get();
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

package nl.bewonersplein.audit;

import java.time.LocalDate;

/**
 * The filters of the audit log page; all optional.
 *
 * @param action action prefix, e.g. {@code login} or {@code article.}
 * @param actor part of the name of who did it
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AuditFilter(String action, String actor, LocalDate from, LocalDate to) {

}

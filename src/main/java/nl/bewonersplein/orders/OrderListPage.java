package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * {@code /bestellen}: every material.
 *
 * @param materials the materials in order
 * @param crumbs the breadcrumb trail
 */
public record OrderListPage(List<MaterialView> materials, List<Link> crumbs) {

}

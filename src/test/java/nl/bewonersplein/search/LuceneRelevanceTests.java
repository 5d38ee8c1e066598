package nl.bewonersplein.search;

import nl.bewonersplein.SiteTest;

/** The relevance queries of {@link SearchRelevanceTests} against the Lucene index. */
@SiteTest
class LuceneRelevanceTests extends SearchRelevanceTests {

}

package org.menagerie.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The Romanian lemma filter for analysis chains declared by name, such as a Solr schema ({@code
 * <filter name="menagerieRomanianLemma"/>}): the project's Solr plugin jar carries this class, the filter and its
 * dictionary, so a SolrCloud analyses Romanian exactly as the embedded index does.
 */
public final class RomanianLemmaFilterFactory extends TokenFilterFactory {
    /** The SPI name, as analysis chains refer to the filter. */
    public static final String NAME = "menagerieRomanianLemma";

    public RomanianLemmaFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("unknown parameters: " + args);
    }

    /** For the service loader only, as Lucene requires of every factory. */
    public RomanianLemmaFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new RomanianLemmaFilter(input);
    }
}

/**
 * Translation for retrieval: a Romanian, Russian or Ukrainian text rendered in English words (lemmas through bilingual
 * lexicons, names transliterated with their press spellings, numbers normalised) so that the one retrieval engine and
 * re-ranker built for English can match it against English cases.
 */
package org.menagerie.translate;

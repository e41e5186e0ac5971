/** Readers and writers for the datasets fact-checkers exchange: ClaimReview, EUvsDisinfo, CheckThat!, LIAR, RoFact, CSV, JSONL. */
package org.menagerie.dataset;

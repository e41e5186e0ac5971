/**
 * Evaluation measures and their file formats: retrieval runs and qrels, extraction shingles, entity spans,
 * check-worthiness, alerts and de-duplication.
 */
package org.menagerie.lab.eval;

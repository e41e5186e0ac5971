/** Evaluation measures and their file formats: retrieval runs and qrels, extraction shingles, entity spans. */
package org.menagerie.lab.eval;

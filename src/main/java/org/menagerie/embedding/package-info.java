/** Sentence embeddings computed in-process and offline by ONNX models. */
package org.menagerie.embedding;

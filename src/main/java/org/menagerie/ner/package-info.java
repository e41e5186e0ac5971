/** Recognises named entities in Romanian sentences with a trained sequence labeller (averaged perceptron, Viterbi). */
package org.menagerie.ner;

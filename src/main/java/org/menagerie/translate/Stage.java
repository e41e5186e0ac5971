package org.menagerie.translate;

import java.util.function.UnaryOperator;

/** One step of the translation chain: a word in, the same word knowing a little more out. */
interface Stage extends UnaryOperator<Word> {}

package org.menagerie.text;

/** A person referred to by a title alone, such as "The US Secretary of State"; internal to the stages. */
record Role(String title, int start, int end) {}

package org.menagerie.text;

/** The kinds of named entity an analyst looks for. */
public enum EntityType { PERSON, ORGANISATION, PLACE, OTHER }

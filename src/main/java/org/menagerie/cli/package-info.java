/** The menagerie command line. */
package org.menagerie.cli;

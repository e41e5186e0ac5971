/** The lab's commands (eval, train, bench, match, replay, checkworthy), added to the command line as a service. */
package org.menagerie.lab.cli;

/** Builds the models the product ships (matcher, check-worthiness, entity recogniser, alerting) from labelled data. */
package org.menagerie.lab.train;

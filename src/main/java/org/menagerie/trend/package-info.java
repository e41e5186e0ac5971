/** What monitoring saw over time: alerts and sightings counted per week and per narrative, case, outlet, country or language. */
package org.menagerie.trend;

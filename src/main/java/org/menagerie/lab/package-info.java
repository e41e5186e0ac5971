/** The lab: evaluation, training, replay and benchmarks, on top of the product, which never imports it. */
package org.menagerie.lab;

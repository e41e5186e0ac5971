/** The work queue on a Kafka cluster: topics split by key, consumer groups, offsets committed as work is acknowledged. */
package org.menagerie.queue.kafka;

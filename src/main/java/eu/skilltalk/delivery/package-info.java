/**
 * Delivery: every outbound message is written to the outbox first, then claimed and sent by a channel
 * sender in order per client, within rate limits shared by all instances, with retries and a circuit
 * breaker per channel; several instances share the work through atomic claims.
 */
package eu.skilltalk.delivery;

/**
 * Delivery: every outbound message is written to the outbox first, then claimed and sent by a channel
 * sender, with retries; several instances share the work through atomic claims.
 */
package eu.skilltalk.delivery;

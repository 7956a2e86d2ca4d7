/**
 * Conversations: an inbound message is deduplicated, handed to the dialog engine with the client's
 * session, and what the engine produced is stored (answers, session, participant) and queued for delivery.
 */
package eu.skilltalk.conversation;

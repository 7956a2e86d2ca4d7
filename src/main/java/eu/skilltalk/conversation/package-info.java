/**
 * Conversations: an inbound message is stored in the inbox (deduplicated) before the channel acknowledges
 * it, then handed to the dialog engine with the client's session; each turn runs exactly once, and what the
 * engine produced is stored (answers, session, participant) and queued for delivery. Also starts dialogs
 * and sends reminders for the scheduler.
 */
package eu.skilltalk.conversation;

/**
 * The Telegram channel: updates come in by long polling or webhook, are deduplicated and handed to the
 * conversation in each chat's order; replies go out through the outbox as messages with buttons and photos.
 */
package eu.skilltalk.channel.telegram;

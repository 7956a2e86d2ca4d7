/**
 * SMS and WhatsApp through Twilio: signed webhooks in (stored, then handled in order per sender), replies
 * laid out for basic phones and sent with the Twilio SDK, carrier keywords (STOP, START, HELP), delivery
 * statuses and the segments that make the cost.
 */
package eu.skilltalk.channel.sms;

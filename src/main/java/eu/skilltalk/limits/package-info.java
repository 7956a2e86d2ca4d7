/**
 * Abuse limits: how many messages a sender may send, how much of a message is kept, and how large a request
 * body may be (docs/security.md).
 */
package eu.skilltalk.limits;

/**
 * Open Badges: badge classes from {@code dialogs/badges.yaml}, awarding by a coach (with "ready for a badge"
 * suggestions from the client's answers and the coach's observations), the client's message with the link,
 * hosted Open Badges 2.0 verification (JSON-LD and pages for people), baked images and revocation.
 */
package eu.skilltalk.badge;

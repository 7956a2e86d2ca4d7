/**
 * Scheduling: persisted jobs for one client (a coach's prompt, a reminder, a plan follow-up) and broadcasts
 * to a whole cohort, produced at the sending rate from a persisted cursor; quiet hours, and cancellation when
 * a client stops or finishes.
 */
package eu.skilltalk.schedule;

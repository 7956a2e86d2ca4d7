/**
 * Cohorts: a coach's group of clients with a join code, enrolment by that code, module progress, and the
 * prompts and reminders a coach sends to a cohort.
 */
package eu.skilltalk.cohort;

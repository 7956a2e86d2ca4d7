/**
 * Results: one score per competence from the client's answers and coach observations, the goal profile's
 * desired levels (a coach may override them), strengths and growth points, the radar chart, the summary
 * messages after the self-check and the coach's API and page section. See {@code docs/results.md}.
 */
package eu.skilltalk.assessment;

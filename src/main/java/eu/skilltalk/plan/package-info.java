/**
 * The client's action plan after the self-check: up to three growth points, one action each with a day, and a
 * follow-up on that day through {@code schedule.Jobs} (docs/results.md, "The action plan").
 */
package eu.skilltalk.plan;

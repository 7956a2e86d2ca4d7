/**
 * Cross-cutting setup: the clock, precise error answers for machines, locks for sweeps, graceful workers,
 * security headers.
 */
package eu.skilltalk.system;

/** Cross-cutting setup: the clock, precise error answers for machines, locks for sweeps, graceful workers. */
package eu.skilltalk.system;

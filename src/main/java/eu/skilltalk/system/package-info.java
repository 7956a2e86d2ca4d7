/** Cross-cutting setup: the clock, precise error answers for machines. */
package eu.skilltalk.system;

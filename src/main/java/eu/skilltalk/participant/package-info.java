/** Clients: who they are on which channel, their language, cohort and consent. */
package eu.skilltalk.participant;

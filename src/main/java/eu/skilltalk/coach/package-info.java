/**
 * Coaches: accounts and security, the dashboard and REST API over cohorts and clients, observations, the
 * inbox where clients reach their coach, and the audit log of every read of a client's data.
 */
package eu.skilltalk.coach;

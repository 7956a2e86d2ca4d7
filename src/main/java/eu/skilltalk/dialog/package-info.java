/**
 * The dialog engine: dialog definitions, their loader and validator, and the pure function that
 * turns a session state and a client's input into a new state, replies and events.
 *
 * <p>No Spring, MongoDB, HTTP, clock or channel types belong here (enforced by {@code ArchitectureTest}).
 */
package eu.skilltalk.dialog;

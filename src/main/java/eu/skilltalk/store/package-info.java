/**
 * The store: starts the embedded MongoDB-compatible server (mongo-java-server) when no MongoDB URI is
 * configured, so a newcomer needs nothing but Java.
 */
package eu.skilltalk.store;

/** The web chat simulator: try dialogs in a browser, and drive them from tests through a JSON API. */
package eu.skilltalk.channel.simulator;

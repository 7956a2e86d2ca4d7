/**
 * Content as one whole: loads {@code dialogs/} and {@code locales/} together, checks them in a fixed
 * order, fails startup on errors and offers the same check as a command for content authors.
 */
package eu.skilltalk.content;

/**
 * Message catalogs: every text a client or coach reads, from {@code locales/<language>/*.yaml}, rendered
 * with ICU MessageFormat (plurals and variables differ by language).
 */
package eu.skilltalk.locale;

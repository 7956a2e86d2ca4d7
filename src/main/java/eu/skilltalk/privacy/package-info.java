/**
 * A client's rights over their data from the chat and the coach API: "my data" (a code-protected page and
 * JSON download), "delete me" (confirmed, then erased everywhere), and erasure of inactive clients.
 */
package eu.skilltalk.privacy;

/**
 * Understanding clients' own words in every shipped language, for the engine's {@link eu.skilltalk.dialog.Interpreter}:
 * yes and no, numbers and scale words, commands said another way, the language a message is written in, and
 * which competences a story may be evidence for. Apache OpenNLP models trained at startup from examples kept
 * in the repository, plus word lists in {@code locales/<lang>/understanding.yaml}.
 */
package eu.skilltalk.understanding;

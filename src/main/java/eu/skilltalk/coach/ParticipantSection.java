package eu.skilltalk.coach;

import java.util.Locale;

/**
 * A part of the dashboard's client page that a module adds: answers and observations here; a summary and
 * chart, a plan or badges from the modules that make them. The page renders the fragment {@code section}
 * of {@link #template()} with the client as {@code ${client}} and {@link #model} as {@code ${section}};
 * the page has already checked that the coach may see the client and audited the read.
 */
public interface ParticipantSection {

    /** Thymeleaf template holding a fragment named {@code section}, e.g. {@code coach/sections/answers}. */
    String template();

    /** Place on the page, lower first: answers are at 100, observations at 200. */
    int order();

    /** What the fragment shows for this client, in the coach's language. */
    Object model(String participantId, Locale locale);
}

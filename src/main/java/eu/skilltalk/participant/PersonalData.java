package eu.skilltalk.participant;

/**
 * A feature that keeps data about a client. Every such feature provides one bean of this type, so that a
 * client's "my data" export (GDPR art. 15 and 20) and "delete me" erasure (art. 17) reach all of it without a
 * central list that someone forgets to update.
 */
public interface PersonalData {

    /** The key this feature's data has in an export, e.g. {@code "answers"}; unique among all beans. */
    String name();

    /**
     * Everything this feature holds about the participant, as values Jackson writes as plain JSON (records,
     * maps, lists, strings, numbers, instants); an empty list when there is nothing.
     */
    Object export(String participantId);

    /** Removes everything this feature holds about the participant; returns how many records went. */
    long erase(String participantId);
}

package eu.skilltalk.coach;

/** What a coach account may do: a coach sees their own cohorts; an admin sees all and manages coaches. */
public enum Role {
    COACH, ADMIN
}

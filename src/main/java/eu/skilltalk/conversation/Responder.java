package eu.skilltalk.conversation;

import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Input;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Decides the turn a client's message makes: each {@link Diversion} (join codes, messages for the coach) may
 * take it first; otherwise, or when the diversion lets the conversation resume, the engine answers.
 */
@Component
class Responder {

    private final DialogEngine engine;
    private final LocaleCatalog catalog;
    /**
     * Looked up once, on the first message: the diversions need the conversation service (so they cannot be
     * injected here), and looking them up and ordering them again for every message cost as much as a store read.
     */
    private final SingletonSupplier<List<Diversion>> diversions;

    Responder(DialogEngine engine, LocaleCatalog catalog, ObjectProvider<Diversion> diversions) {
        this.engine = engine;
        this.catalog = catalog;
        this.diversions = SingletonSupplier.of(() -> diversions.orderedStream().toList());
    }

    Turn respond(Participant participant, State state, String text, String hint, Instant at) {
        Optional<Diversion.Diverted> diverted = text == null ? Optional.empty()
                : diversions.obtain().stream().map(d -> d.divert(participant, text, readingLanguage(state, hint), at))
                        .flatMap(Optional::stream).findFirst();
        if (diverted.isEmpty()) {
            return engine.advance(state, new Input(text, hint, at));
        }
        List<Reply> replies = new ArrayList<>(diverted.get().replies());
        if (diverted.get().dialog() != null) {
            Turn started = engine.begin(state, diverted.get().dialog(), at);
            replies.addAll(started.replies());
            return new Turn(started.state(), replies, started.events());
        }
        if (!diverted.get().resume()) {
            return new Turn(state, replies, List.of());
        }
        // A diverted message (a join code) is no answer and says nothing about the client's language: a
        // waiting question is asked again, anything else goes on as if the client had said nothing.
        Turn turn = state.status() == Status.ACTIVE ? engine.repeat(state, at)
                : engine.advance(state, new Input("", hint, at));
        replies.addAll(turn.replies());
        return new Turn(turn.state(), replies, turn.events());
    }

    /** The language a client reads now: the session's, else the channel's hint, else the fallback. */
    private String readingLanguage(State state, String hint) {
        if (catalog.speaks(state.language())) {
            return state.language();
        }
        return catalog.readable(hint);
    }
}

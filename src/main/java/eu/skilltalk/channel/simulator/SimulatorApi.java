package eu.skilltalk.channel.simulator;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Reply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's JSON API: send a message as a client and get the replies it produced; read the whole
 * transcript, later prompts and reminders included.
 */
@RestController
@RequestMapping(path = "/api/simulator/conversations/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
class SimulatorApi {

    /** Conversation ids are chosen by the caller: letters, digits, dash and underscore. */
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final ConversationService conversations;
    private final SimulatorTranscript transcript;

    SimulatorApi(ConversationService conversations, SimulatorTranscript transcript) {
        this.conversations = conversations;
        this.transcript = transcript;
    }

    /** <pre>{"text": "1", "languageCode": "nl"}</pre> */
    record SendRequest(@NotNull @Size(max = 10_000) String text, @Pattern(regexp = "[a-zA-Z-]{2,12}") String languageCode) {
    }

    /** <pre>{"replies": [{"text": "...", "choices": [{"key": "1", "label": "Yes"}], "imageUrl": null}]}</pre> */
    record SendResponse(List<Reply> replies) {
    }

    /** <pre>{"direction": "out", "text": "...", "choices": [], "imageUrl": null, "at": "2026-11-28T10:00:00Z"}</pre> */
    record TranscriptLine(String direction, String text, List<Choice> choices, String imageUrl, Instant at) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SendResponse send(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody SendRequest request) {
        transcript.add(id, SimulatorMessage.IN, request.text(), List.of(), null);
        List<Reply> replies = conversations.receive(
                new InboundMessage(SimulatorSender.CHANNEL, id, null, request.text(), request.languageCode()));
        return new SendResponse(replies);
    }

    @GetMapping
    List<TranscriptLine> transcript(@PathVariable @Pattern(regexp = ID) String id) {
        return transcript.read(id).stream()
                .map(m -> new TranscriptLine(m.direction(), m.text(), m.choices(), m.imageUrl(), m.at())).toList();
    }
}

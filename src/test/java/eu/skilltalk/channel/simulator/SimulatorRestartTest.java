package eu.skilltalk.channel.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.SkillTalkApplication;
import eu.skilltalk.conversation.Answers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer's promise: stop the service, start it again on the same store folder, and the conversation
 * goes on where it was. Runs the whole application twice over real sockets with the embedded H2 store.
 */
class SimulatorRestartTest {

    @TempDir
    Path store;

    @Test
    void conversationGoesOnAfterRestart() {
        try (ConfigurableApplicationContext first = start()) {
            SimulatorClient client = client(first);
            client.say("restart-1", "hi");
            client.say("restart-1", "1");
            client.say("restart-1", "yes");
            JsonNode replies = client.say("restart-1", "Sam");
            assertThat(replies.get(replies.size() - 1).get("text").asString()).startsWith("(1/5) What work");
            assertThat(first.getBean(Answers.class).count()).isOne();
        }

        try (ConfigurableApplicationContext second = start()) {
            SimulatorClient client = client(second);
            JsonNode transcript = client.transcript("restart-1");
            assertThat(transcript.get(0).get("direction").asString()).isEqualTo("in");
            assertThat(transcript.get(0).get("text").asString()).isEqualTo("hi");
            assertThat(transcript.get(transcript.size() - 1).get("text").asString()).startsWith("(1/5) What work");

            JsonNode replies = client.say("restart-1", "1");

            assertThat(replies).hasSize(1);
            assertThat(replies.get(0).get("text").asString()).startsWith("(2/5) What do you like to do");
            assertThat(second.getBean(Answers.class).findAll()).extracting("step")
                    .containsExactlyInAnyOrder("ask_name", "goal");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SkillTalkApplication.class).run("--server.port=0",
                "--skilltalk.store.backend=h2", "--skilltalk.store.path=" + store);
    }

    private static SimulatorClient client(ConfigurableApplicationContext context) {
        return new SimulatorClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}

package eu.skilltalk.channel.sms;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Twilio SDK brings Jackson's XML module for its TwiML builders; on the classpath it makes Spring MVC
 * answer a browser (which prefers XML to anything else) in XML. The build leaves it out; this guards that.
 */
@WebMvcTest(controllers = JsonStaysJsonTest.Plain.class)
// Content negotiation only: the sign-in that Spring Security puts before every page in a slice is not the point here.
@AutoConfigureMockMvc(addFilters = false)
@Import(JsonStaysJsonTest.Plain.class)
class JsonStaysJsonTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A JSON API written the ordinary way, without {@code produces}. */
    @RestController
    static class Plain {

        record Summary(String profile, int score) {
        }

        @GetMapping("/test/summary")
        Summary summary() {
            return new Summary("self-employed", 3);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserGetsJson() throws Exception {
        mvc.perform(get("/test/summary").header("Accept", BROWSER))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.profile").value("self-employed"));
    }
}

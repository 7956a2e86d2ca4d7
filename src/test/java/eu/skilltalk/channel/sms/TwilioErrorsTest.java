package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.channel.sms.TwilioErrors.Effect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioErrorsTest {

    @ParameterizedTest(name = "code {0}, HTTP {1}: {2}")
    @CsvSource(textBlock = """
            21610, 400, OPTED_OUT
            21211, 400, UNREACHABLE
            21614, 400, UNREACHABLE
            30005,    , UNREACHABLE
            30006,    , UNREACHABLE
            20429, 429, RETRY
                 , 429, RETRY
                 , 500, RETRY
                 , 503, RETRY
            20003, 401, RETRY
            21408, 400, GIVE_UP
            63016, 400, GIVE_UP
            21617, 400, GIVE_UP
            """)
    void permanentAndRetryableErrors(Integer code, Integer status, Effect effect) {
        assertThat(TwilioErrors.of(code, status)).isEqualTo(effect);
    }
}

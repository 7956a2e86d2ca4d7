package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void numbersBecomeE164() {
        assertThat(PhoneNumbers.e164("+31612345678")).contains("+31612345678");
        assertThat(PhoneNumbers.e164("+31 6 1234 5678")).contains("+31612345678");
        assertThat(PhoneNumbers.e164("+32 470 12 34 56")).contains("+32470123456");
        assertThat(PhoneNumbers.e164("+49 (0)151 2345 6789")).contains("+4915123456789");
    }

    @Test
    void whatIsNoInternationalNumberIsRefused() {
        assertThat(PhoneNumbers.e164("0612345678")).isEmpty();
        assertThat(PhoneNumbers.e164("+316")).isEmpty();
        assertThat(PhoneNumbers.e164("bob")).isEmpty();
        assertThat(PhoneNumbers.e164("")).isEmpty();
        assertThat(PhoneNumbers.e164(null)).isEmpty();
    }
}

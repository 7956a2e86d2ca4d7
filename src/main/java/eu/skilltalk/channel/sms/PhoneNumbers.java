package eu.skilltalk.channel.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phone numbers in E.164 with libphonenumber, so one client has one address however a number is written. */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** No default region: Twilio writes every number internationally, with a leading +. */
    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneNumbers() {
    }

    /**
     * {@code "+31 6 1234 5678"} becomes {@code "+31612345678"}; empty when it is not a possible international
     * number. "Possible" (the length fits the country) rather than "valid", so a number from a range newer
     * than libphonenumber's metadata still gets in.
     */
    static Optional<String> e164(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(written, UNKNOWN_REGION);
            return UTIL.isPossibleNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}

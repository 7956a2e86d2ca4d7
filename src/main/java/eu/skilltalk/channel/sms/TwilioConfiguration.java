package eu.skilltalk.channel.sms;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import eu.skilltalk.delivery.ChannelSender;
import eu.skilltalk.participant.Participants;
import java.net.URI;
import java.time.Clock;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.HttpHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Twilio client and the SMS and WhatsApp senders, when the account is configured. */
@Configuration(proxyBeanMethods = false)
@TwilioEnabled
class TwilioConfiguration {

    static final String STATUS_PATH = "/webhooks/twilio/status";
    private static final int MAX_CONNECTIONS = 10;

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties properties) {
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(properties.accountSid(), properties.authToken());
        if (!TwilioProperties.TWILIO.equals(properties.apiUrl())) {
            builder.httpClient(routedTo(properties.apiUrl()));
        }
        return builder.build();
    }

    /**
     * Keeps the SDK's own HTTP client, built as the SDK builds it (timeouts, pool, and Apache HttpClient's one
     * retry of a 429 or 503 after {@code Retry-After}), and only sends its requests to another host: the SDK's
     * URLs name {@code api.twilio.com}, and its region and edge settings only change that name.
     */
    private static NetworkHttpClient routedTo(URI api) {
        if (api.getHost() == null || api.getPath() != null && !api.getPath().isEmpty() && !api.getPath().equals("/")) {
            throw new IllegalStateException("skilltalk.twilio.api-url must be scheme, host and port only, e.g. "
                    + "http://127.0.0.1:8089, not " + api);
        }
        HttpRoute route = new HttpRoute(new HttpHost(api.getScheme(), api.getHost(), api.getPort()), null,
                "https".equals(api.getScheme()));
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setDefaultSocketConfig(com.twilio.http.HttpClient.DEFAULT_SOCKET_CONFIG);
        pool.setDefaultMaxPerRoute(MAX_CONNECTIONS);
        pool.setMaxTotal(MAX_CONNECTIONS);
        return new NetworkHttpClient(HttpClientBuilder.create().useSystemProperties().setConnectionManager(pool)
                .setDefaultRequestConfig(com.twilio.http.HttpClient.DEFAULT_REQUEST_CONFIG)
                .setRoutePlanner((target, context) -> route));
    }

    @Bean
    TwilioSignature twilioSignature(TwilioProperties properties, @Value("${skilltalk.public-base-url}") String base) {
        return new TwilioSignature(properties.authToken(), base);
    }

    @Bean
    SmsLayout smsLayout(@Value("${skilltalk.public-base-url}") String base) {
        return new SmsLayout(base);
    }

    @Bean
    ChannelSender smsSender(TwilioProperties properties, TwilioRestClient client, SmsLayout layout,
            SmsContacts contacts, SentMessages sent, Participants participants, Clock clock,
            @Value("${skilltalk.public-base-url}") String base) {
        return new TwilioSender(TwilioChannel.SMS, properties.from().strip(), client, statusCallback(base), layout,
                contacts, sent, participants, clock);
    }

    @Bean
    @Conditional(TwilioEnabled.WhatsApp.class)
    ChannelSender whatsappSender(TwilioProperties properties, TwilioRestClient client, SmsLayout layout,
            SmsContacts contacts, SentMessages sent, Participants participants, Clock clock,
            @Value("${skilltalk.public-base-url}") String base) {
        String from = properties.whatsappFrom().strip();
        String sender = from.startsWith("MG") || from.startsWith("whatsapp:") ? from
                : TwilioChannel.WHATSAPP.twilioAddress(from);
        return new TwilioSender(TwilioChannel.WHATSAPP, sender, client, statusCallback(base), layout, contacts,
                sent, participants, clock);
    }

    private static URI statusCallback(String base) {
        return URI.create(base.replaceAll("/+$", "") + STATUS_PATH);
    }
}

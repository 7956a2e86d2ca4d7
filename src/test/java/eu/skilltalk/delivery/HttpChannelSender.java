package eu.skilltalk.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A channel adapter for {@link FakeProvider}: maps its answers the way the Telegram and SMS adapters do. */
public class HttpChannelSender implements ChannelSender {

    private final String channel;
    private final URI url;
    private final String instance;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpChannelSender(String channel, String url, String instance) {
        this.channel = channel;
        this.url = URI.create(url);
        this.instance = instance;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String send(OutboxItem item) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(item.id() + "\n" + item.address() + "\n" + instance)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException("provider unreachable", false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false, null);
        }
        int status = response.statusCode();
        if (status == 429) {
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            throw new DeliveryException("429 Too Many Requests", false, Duration.ofSeconds(seconds));
        }
        if (status >= 500) {
            throw new DeliveryException(status + " from provider", false, null);
        }
        if (status >= 400) {
            throw new DeliveryException(status + " from provider", true, null);
        }
        return item.id();
    }
}

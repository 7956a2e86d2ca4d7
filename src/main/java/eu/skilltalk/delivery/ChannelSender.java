package eu.skilltalk.delivery;

/** Sends one outbox item on one channel; each channel adapter provides one. */
public interface ChannelSender {

    /** The channel this sender serves, e.g. {@code telegram}. */
    String channel();

    /**
     * Sends the item and returns the provider's message id (or {@code null}).
     *
     * @throws DeliveryException when sending failed; {@link DeliveryException#permanent()} says whether a
     *                           retry could help
     */
    String send(OutboxItem item) throws DeliveryException;
}

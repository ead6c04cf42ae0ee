package com.regimen.core.messages;

import com.regimen.core.outbox.Channel;

/**
 * A way to reach patients (the channel SPI): email over SMTP, SMS and WhatsApp through an HTTP
 * provider. An implementation sends one message or throws {@link ChannelFailure}; it never logs the
 * address, the text or its credentials.
 */
public interface MessageChannel {
    Channel channel();

    /** False when the server has no settings for it: its messages are recorded as not sent. */
    boolean configured();

    /** @return the provider's id for the accepted message */
    String send(OutgoingMessage message) throws ChannelFailure;
}

package com.regimen.core.messages;

import com.regimen.core.outbox.Channel;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Properties;

/**
 * Email over SMTP with Jakarta Mail (Eclipse Angus). The Message-ID is ours ({@code <id@domain>}),
 * the same on every attempt, so a copy sent twice across a crash reads as one message to mail
 * clients that deduplicate and is recognisable to anyone looking.
 */
public final class SmtpEmailChannel implements MessageChannel {
    private static final String TIMEOUT_MS = "10000";
    private final SmtpSettings settings;
    private final Session session;

    public SmtpEmailChannel(SmtpSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host() == null ? "" : settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        boolean auth = settings.user() != null && !settings.user().isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(props, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        } : null);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String send(OutgoingMessage message) throws ChannelFailure {
        String messageId = "<" + message.messageId() + "@" + domainOf(settings.from()) + ">";
        try {
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(settings.from(), true));
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.to(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setHeader("Content-Language", message.language());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            mime.setContent(alternative);
            Transport.send(mime);
            return messageId;
        } catch (AddressException e) {
            throw new ChannelFailure(false, "INVALID_ADDRESS");
        } catch (SendFailedException e) {
            boolean refusedAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new ChannelFailure(!refusedAddress, refusedAddress ? "ADDRESS_REFUSED" : "SMTP_SEND_FAILED");
        } catch (MessagingException e) {
            throw new ChannelFailure(true, "SMTP_UNAVAILABLE");
        }
    }

    private static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "regimen" : from.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? "regimen" : domain;
    }
}

package dev.pitchnight.support;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mailboxes of the real mail server the tests send through (GreenMail, started by bin/test):
 * mails are read back over IMAP exactly as a person's mail program would. Every address is a
 * mailbox; the login is the address and any password.
 */
public final class MailServer {

    /** A mail as it arrived: its subject, its text (and HTML) part, its headers and attachments. */
    public record Received(String subject, String from, String text, String html,
                           Map<String, List<String>> headers, List<Attachment> attachments) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
        }
    }

    public record Attachment(String contentType, String fileName, String content) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private MailServer() {
    }

    /** Empties the inboxes of these addresses (what an earlier test sent them is gone). */
    public static void clear(String... addresses) {
        for (String address : addresses) {
            withInbox(address, Folder.READ_WRITE, inbox -> {
                for (Message message : inbox.getMessages()) {
                    message.setFlag(Flags.Flag.DELETED, true);
                }
                inbox.expunge();
                return null;
            });
        }
    }

    /** What is in the inbox now, oldest first. */
    public static List<Received> inbox(String address) {
        return withInbox(address, Folder.READ_ONLY, inbox -> {
            List<Received> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(read(message));
            }
            return mails;
        });
    }

    /** Waits (up to 15 s) until the inbox holds at least {@code count} mails and returns them all. */
    public static List<Received> awaitMails(String address, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Received> mails = inbox(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            pause();
            mails = inbox(address);
        }
        return mails;
    }

    /**
     * Waits (up to 15 s) for the first mail in the inbox with this subject: robust against other mails
     * arriving in the same mailbox meanwhile.
     */
    public static Received awaitMail(String address, String subject) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<Received> found = inbox(address).stream().filter(mail -> subject.equals(mail.subject())).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail \"" + subject + "\" reached " + address + " within " + PATIENCE.toSeconds()
                        + " s; the inbox holds " + inbox(address).stream().map(Received::subject).toList());
            }
            pause();
        }
    }

    private interface InboxWork<T> {
        T apply(Folder inbox) throws MessagingException, IOException;
    }

    private static <T> T withInbox(String address, int mode, InboxWork<T> work) {
        Properties settings = new Properties();
        settings.put("mail.imap.host", host());
        settings.put("mail.imap.port", Integer.toString(imapPort()));
        settings.put("mail.imap.connectiontimeout", "5000");
        settings.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(settings).getStore("imap");
            store.connect(address, "any-password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(mode);
                try {
                    return work.apply(inbox);
                } finally {
                    inbox.close(mode == Folder.READ_WRITE);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the mailbox of " + address + " over IMAP at "
                    + host() + ":" + imapPort() + " (bin/test starts the mail server)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Received read(Message message) throws MessagingException, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            headers.computeIfAbsent(header.getName().toLowerCase(), name -> new ArrayList<>()).add(header.getValue());
        }
        Parts parts = new Parts();
        parts.collect(message);
        String from = message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        return new Received(message.getSubject(), from, parts.text, parts.html, headers, parts.attachments);
    }

    /** Walks a (possibly multipart) mail: the first text/plain and text/html parts, the rest as attachments. */
    private static final class Parts {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
                return;
            }
            String body = content instanceof String string ? string : new String(part.getInputStream().readAllBytes());
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (!attached && part.isMimeType("text/plain") && text == null) {
                text = body;
            } else if (!attached && part.isMimeType("text/html") && html == null) {
                html = body;
            } else {
                attachments.add(new Attachment(part.getContentType(), part.getFileName(), body));
            }
        }
    }

    private static String host() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.host", String.class).orElse("127.0.0.1");
    }

    private static int imapPort() {
        String fromEnvironment = System.getenv("MAIL_IMAP_PORT");
        return fromEnvironment == null || fromEnvironment.isBlank() ? 3143 : Integer.parseInt(fromEnvironment);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

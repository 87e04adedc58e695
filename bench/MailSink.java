import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

// The bench apps' mail server: it speaks just enough SMTP to take every mail the app sends (the
// app's own SMTP client, the same code path as in production) and keeps none of it, so that
// neither the app (Quarkus' mock mailer keeps every mail in the app's heap) nor a mail server's
// memory grows with a rush of 18,600 mails. It counts what it took and writes the count to a file
// every second (bin/bench prints it).
//
//   java bench/MailSink.java <port> <count-file>
public class MailSink {

    static final AtomicLong MAILS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path countFile = Path.of(args[1]);
        Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                    Files.writeString(countFile, MAILS.get() + "\n");
                } catch (InterruptedException | IOException e) {
                    return;
                }
            }
        });
        try (ServerSocket server = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
                var sessions = Executors.newVirtualThreadPerTaskExecutor()) {
            System.out.println("mail sink on 127.0.0.1:" + port);
            while (true) {
                Socket socket = server.accept();
                sessions.execute(() -> session(socket));
            }
        }
    }

    /** One SMTP session: every command is accepted; a message's lines are read to its lone dot and dropped. */
    static void session(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            send(out, "220 bench mail sink");
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> send(out, "250-bench\r\n250-8BITMIME\r\n250 SIZE 52428800");
                    case "HELO" -> send(out, "250 bench");
                    case "DATA" -> {
                        send(out, "354 go on");
                        for (String body; (body = in.readLine()) != null && !body.equals("."); ) {
                            // dropped
                        }
                        MAILS.incrementAndGet();
                        send(out, "250 taken");
                    }
                    case "QUIT" -> {
                        send(out, "221 bye");
                        return;
                    }
                    default -> send(out, "250 ok"); // MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the app closed a pooled connection
        }
    }

    static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}

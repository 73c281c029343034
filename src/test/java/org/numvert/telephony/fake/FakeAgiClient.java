package org.numvert.telephony.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.numvert.telephony.fake.AgiCapture.Reply;

/**
 * Asterisk's side of one FastAGI session, over a real socket to the server under test: sends the
 * recorded {@code agi_*} header, then answers each command with the reply Asterisk recorded for
 * that verb (see {@link AgiCapture}). Once the recorded session's channel died, it behaves as
 * Asterisk does on a dead channel: an unsolicited {@code HANGUP} line before the next reply,
 * {@code 511} for commands that need a live channel, variables still settable; or, with
 * {@code AGIEXITONHANGUP}, {@code HANGUP} twice and the socket closed. When the server closes the
 * session, it writes the final {@code HANGUP} every real session ends with.
 */
public final class FakeAgiClient {
    private static final Pattern RESULT = Pattern.compile("result=(-?\\d+)");
    private static final Pattern ESCAPE_DIGITS = Pattern.compile("^STREAM FILE \\S+ \"([0-9*#]+)\"");
    private static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";

    /** What happened in the session. */
    public record Session(List<String> commands, boolean closedByServer, boolean endedByAsterisk) {
        public boolean received(String verb) {
            return commands.stream().anyMatch(c -> AgiCapture.verb(c).equals(verb));
        }

        public List<String> commands(String verb) {
            return commands.stream().filter(c -> AgiCapture.verb(c).equals(verb)).toList();
        }
    }

    private final AgiCapture capture;
    private final Map<String, Deque<Reply>> replies;
    private final Map<String, String> headerOverrides = new HashMap<>();
    private InetAddress localAddress;

    public FakeAgiClient(AgiCapture capture) {
        this.capture = capture;
        this.replies = capture.replies();
    }

    /** Replaces header lines ({@code agi_uniqueid}, {@code agi_network_script} …). */
    public FakeAgiClient with(String headerKey, String value) {
        headerOverrides.put(headerKey, value);
        return this;
    }

    /** Replaces the recorded replies for {@code verb} (for instance other key presses in GET DATA). */
    public FakeAgiClient replies(String verb, String... lines) {
        Deque<Reply> queue = new ArrayDeque<>();
        for (String line : lines) {
            queue.add(new Reply(line, false));
        }
        replies.put(verb, queue);
        return this;
    }

    /** The caller presses {@code digits} at the successive menus ({@code GET DATA} replies). */
    public FakeAgiClient presses(String... digits) {
        return replies("GET DATA", Arrays.stream(digits).map(d -> "200 result=" + d).toArray(String[]::new));
    }

    /** Adds a recorded-style reply for {@code verb}, after the captured ones. */
    public FakeAgiClient reply(String verb, String line) {
        replies.computeIfAbsent(verb, v -> new ArrayDeque<>()).addLast(new Reply(line, false));
        return this;
    }

    /** Connects from {@code address} (for allow-list tests: 127.0.0.2 is loopback too on Linux). */
    public FakeAgiClient from(InetAddress address) {
        this.localAddress = address;
        return this;
    }

    /** Runs the session against {@code 127.0.0.1:port}; blocks until either side ends it. */
    public Session run(int port) throws IOException {
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            return converse(socket);
        }
    }

    private Session converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        write(out, header());
        List<String> commands = new ArrayList<>();
        boolean alive = true;
        String line;
        while ((line = readLine(in)) != null) {
            commands.add(line);
            if (!alive) {
                write(out, "HANGUP\n" + deadReply(AgiCapture.verb(line)) + "\n");
                continue;
            }
            Reply reply = nextReply(line);
            write(out, reply.line() + "\n");
            if (reply.fatal()) {
                alive = false;
                if (capture.closesOnHangup()) {
                    write(out, "HANGUP\nHANGUP\n");
                    return new Session(commands, false, true);
                }
            }
        }
        writeQuietly(out, "HANGUP\n");
        return new Session(commands, true, false);
    }

    private String header() {
        StringBuilder header = new StringBuilder();
        for (String line : capture.header().split("\n")) {
            int colon = line.indexOf(": ");
            String key = colon > 0 ? line.substring(0, colon) : line;
            if (!line.isEmpty()) {
                header.append(headerOverrides.containsKey(key) ? key + ": " + headerOverrides.get(key) : line).append('\n');
            }
        }
        return header.append('\n').toString();
    }

    private Reply nextReply(String command) {
        Deque<Reply> queue = replies.get(AgiCapture.verb(command));
        boolean listens = ESCAPE_DIGITS.matcher(command).find();
        if (queue != null && !queue.isEmpty() && !command.startsWith("STREAM FILE")) {
            return queue.poll();
        }
        if (queue != null) {
            Reply chosen = listens ? first(queue, true) : null;
            chosen = chosen != null ? chosen : first(queue, false);
            if (chosen != null) {
                queue.remove(chosen);
                return chosen;
            }
        }
        return new Reply(defaultReply(AgiCapture.verb(command)), false);
    }

    /**
     * The first reply that is ({@code digit}) or is not a key press: a prompt that listens for
     * digits takes a recorded key press first, a prompt that does not never takes one.
     */
    private static Reply first(Deque<Reply> queue, boolean digit) {
        for (Reply reply : queue) {
            Matcher result = RESULT.matcher(reply.line());
            boolean pressed = result.find() && Integer.parseInt(result.group(1)) > 0;
            if (pressed == digit) {
                return reply;
            }
        }
        return null;
    }

    private static String defaultReply(String verb) {
        return switch (verb) {
            case "STREAM FILE" -> "200 result=0 endpos=8000";
            case "GET DATA" -> "200 result= (timeout)";
            case "SET VARIABLE", "VERBOSE" -> "200 result=1";
            default -> "200 result=0";
        };
    }

    private static String deadReply(String verb) {
        return switch (verb) {
            case "SET VARIABLE", "VERBOSE" -> "200 result=1";
            case "GET VARIABLE", "GET FULL VARIABLE", "DATABASE GET", "DATABASE PUT" -> "200 result=0";
            default -> DEAD;
        };
    }

    private static String readLine(BufferedReader in) throws IOException {
        try {
            return in.readLine();
        } catch (IOException e) {
            // a reset by the server ends the session like a close does
            return null;
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void writeQuietly(OutputStream out, String text) {
        try {
            write(out, text);
        } catch (IOException e) {
            // the server closed both directions already: nothing left to tell it
            return;
        }
    }
}

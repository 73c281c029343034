package org.numvert.telephony.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded FastAGI session with a real Asterisk ({@code agi-*.txt}): the {@code agi_*} request
 * header, then for each command the reply Asterisk gave. Replies are kept per command verb
 * ({@code STREAM FILE}, {@code GET DATA} …) in order, so that a script that asks in its own
 * words gets Asterisk's recorded answers; the reply after which the channel died (the caller hung
 * up, or a redirect took the channel away) is marked, and whether Asterisk then closed the socket
 * itself ({@code AGIEXITONHANGUP}).
 */
public final class AgiCapture {
    private static final Pattern VERB = Pattern.compile("^([A-Z]+(?: [A-Z]+)*)(?: |$)");

    /** One recorded reply; {@code fatal} when the channel was dead after it. */
    public record Reply(String line, boolean fatal) {
    }

    private final String name;
    private final String header;
    private final Map<String, List<Reply>> replies;
    private final boolean closesOnHangup;

    private AgiCapture(String name, String header, Map<String, List<Reply>> replies, boolean closesOnHangup) {
        this.name = name;
        this.header = header;
        this.replies = replies;
        this.closesOnHangup = closesOnHangup;
    }

    public static AgiCapture load(String name) {
        return parse(name, AmiCapture.read("/asterisk-traces/" + name));
    }

    static AgiCapture parse(String name, String text) {
        List<String[]> blocks = blocks(text);
        String header = blocks.get(0)[1];
        Map<String, List<Reply>> replies = new HashMap<>();
        String pendingVerb = null;
        Reply last = null;
        String lastVerb = null;
        boolean died = false;
        boolean closes = false;
        for (String[] block : blocks.subList(1, blocks.size())) {
            String marker = block[0];
            String body = block[1].strip();
            if (marker.startsWith("server->asterisk")) {
                pendingVerb = verb(body);
            } else if (marker.contains("async notification") && !died) {
                died = true;
                markFatal(replies, lastVerb, last);
            } else if (marker.startsWith("note") && body.startsWith("connection closed by Asterisk")) {
                closes = true;
            } else if (marker.startsWith("asterisk->server +") && pendingVerb != null && !died) {
                last = new Reply(body, false);
                lastVerb = pendingVerb;
                replies.computeIfAbsent(pendingVerb, v -> new ArrayList<>()).add(last);
                pendingVerb = null;
            }
        }
        return new AgiCapture(name, header, replies, closes);
    }

    private static void markFatal(Map<String, List<Reply>> replies, String verb, Reply reply) {
        if (verb == null) {
            return;
        }
        List<Reply> list = replies.get(verb);
        list.set(list.lastIndexOf(reply), new Reply(reply.line(), true));
    }

    private static List<String[]> blocks(String text) {
        List<String[]> blocks = new ArrayList<>();
        String marker = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("#### ")) {
                if (marker != null) {
                    blocks.add(new String[] {marker, body.toString()});
                }
                marker = line.substring(5).strip();
                body.setLength(0);
            } else if (marker != null) {
                body.append(line);
            }
        }
        if (marker != null) {
            blocks.add(new String[] {marker, body.toString()});
        }
        return blocks;
    }

    /** {@code STREAM FILE dir-welcome ""} → {@code STREAM FILE}. */
    public static String verb(String command) {
        Matcher matcher = VERB.matcher(command.strip());
        return matcher.find() ? matcher.group(1) : command.strip();
    }

    public String name() {
        return name;
    }

    /** The {@code agi_*} lines and the empty line that ends them, LF line ends. */
    public String header() {
        return header;
    }

    public String header(String key) {
        for (String line : header.split("\n")) {
            if (line.startsWith(key + ": ")) {
                return line.substring(key.length() + 2);
            }
        }
        return "";
    }

    /** The recorded replies, per verb, in a fresh queue for one session. */
    public Map<String, Deque<Reply>> replies() {
        Map<String, Deque<Reply>> copy = new HashMap<>();
        replies.forEach((verb, list) -> copy.put(verb, new ArrayDeque<>(list)));
        return copy;
    }

    public boolean closesOnHangup() {
        return closesOnHangup;
    }
}

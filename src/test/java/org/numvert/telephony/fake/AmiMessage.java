package org.numvert.telephony.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One AMI message (action, response or event) as the bytes on the wire: {@code Key: value}
 * lines ending in CRLF and an empty line. Keeps the raw text so that captured messages are
 * replayed byte for byte; header look-ups ignore case, as Asterisk does.
 */
public final class AmiMessage {
    private static final Pattern ACTION_ID = Pattern.compile("(?im)^(ActionID: )(.*)$");

    private final String raw;
    private final List<String[]> headers;

    private AmiMessage(String raw, List<String[]> headers) {
        this.raw = raw;
        this.headers = headers;
    }

    /** Parses {@code raw} (CRLF or LF lines); the raw text is kept as given. */
    public static AmiMessage parse(String raw) {
        List<String[]> headers = new ArrayList<>();
        for (String line : raw.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
        }
        return new AmiMessage(raw, headers);
    }

    public Optional<String> get(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return Optional.of(header[1]);
            }
        }
        return Optional.empty();
    }

    public String value(String name) {
        return get(name).orElse("");
    }

    public boolean isEvent(String name) {
        return value("Event").equalsIgnoreCase(name);
    }

    public String action() {
        return value("Action");
    }

    public String actionId() {
        return value("ActionID");
    }

    public String raw() {
        return raw;
    }

    /** The same bytes with the {@code ActionID} header's value replaced. */
    public String withActionId(String actionId) {
        Matcher matcher = ACTION_ID.matcher(raw);
        return matcher.find() ? matcher.replaceFirst("$1" + Matcher.quoteReplacement(actionId)) : raw;
    }

    @Override
    public String toString() {
        return raw.replace("\r\n", " | ").toLowerCase(Locale.ROOT);
    }
}

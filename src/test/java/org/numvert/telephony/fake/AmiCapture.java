package org.numvert.telephony.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A recorded AMI conversation with a real Asterisk ({@code src/test/resources/asterisk-traces},
 * format described in their README): marker lines {@code #### >>> SENT +t} and
 * {@code #### <<< RECV +t} each followed by one message, byte for byte, CRLF.
 */
public final class AmiCapture {
    /** Who wrote a message: the client that made the capture, or Asterisk. */
    public enum Direction { SENT, RECV }

    /** One message of the conversation. */
    public record Entry(Direction direction, AmiMessage message) {
    }

    private final String name;
    private final List<Entry> entries;

    private AmiCapture(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    /** Loads {@code /asterisk-traces/<name>} from the test class path ({@code .gz} is unpacked). */
    public static AmiCapture load(String name) {
        return parse(name, read("/asterisk-traces/" + name));
    }

    /**
     * Loads a capture with some texts replaced everywhere ({@code renames}: from → to), for
     * captures whose channel ids Asterisk chose where numvert chooses them now.
     */
    public static AmiCapture load(String name, Map<String, String> renames) {
        String text = read("/asterisk-traces/" + name);
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            text = text.replace(rename.getKey(), rename.getValue());
        }
        return parse(name, text);
    }

    static AmiCapture parse(String name, String text) {
        List<Entry> entries = new ArrayList<>();
        Direction direction = null;
        StringBuilder block = new StringBuilder();
        for (String line : text.split("(?<=\r\n)")) {
            if (line.startsWith("#### ")) {
                flush(direction, block, entries);
                direction = line.startsWith("#### >>> SENT") ? Direction.SENT
                        : line.startsWith("#### <<< RECV") ? Direction.RECV : null;
            } else if (direction != null) {
                block.append(line);
            }
        }
        flush(direction, block, entries);
        return new AmiCapture(name, entries);
    }

    private static void flush(Direction direction, StringBuilder block, List<Entry> entries) {
        if (direction != null && block.length() > 0 && !block.toString().startsWith("Asterisk Call Manager/")) {
            entries.add(new Entry(direction, AmiMessage.parse(block.toString())));
        }
        block.setLength(0);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The events Asterisk sent, in order. */
    public List<AmiMessage> events() {
        return entries.stream().filter(e -> e.direction() == Direction.RECV)
                .map(Entry::message).filter(m -> m.get("Event").isPresent()).toList();
    }

    static String read(String resource) {
        try (InputStream in = AmiCapture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            InputStream source = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

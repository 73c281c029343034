package org.numvert.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.numvert.routing.CallId;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.RoutingFact;
import org.numvert.routing.RoutingListener;
import org.numvert.routing.RoutingOutput;

/**
 * How many calls each number made today (Europe/Paris day), for the agent desktop's "previous
 * calls today". Numbers are kept only as salted digests (the salt is random per process and never
 * stored), and forgotten at the end of the day; withheld numbers are not counted. A call counts
 * once, whatever groups it went through.
 *
 * <p>Threading: confined to the engine's thread: {@link #onOutput} runs there, and
 * {@link #previousCalls} must be called there too (inside {@code EngineClient.read}).
 */
final class RepeatCallers implements RoutingListener {
    private final ZoneId zone;
    private final byte[] salt = new byte[16];
    private final Map<String, Integer> callsByNumber = new HashMap<>();
    private final Set<CallId> counted = new HashSet<>();
    private LocalDate day;

    RepeatCallers(ZoneId zone) {
        this.zone = zone;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public void onOutput(RoutingOutput output) {
        if (output instanceof RoutingFact.CallQueued f && !f.caller().isWithheld()) {
            turnDay(f.atMillis());
            if (counted.add(f.call())) {
                callsByNumber.merge(digest(f.caller()), 1, Integer::sum);
            }
        }
    }

    /** The calls {@code caller} made today before {@code call} (0 for a withheld number). */
    int previousCalls(CallerNumber caller, CallId call, long nowMillis) {
        if (caller.isWithheld()) {
            return 0;
        }
        turnDay(nowMillis);
        int calls = callsByNumber.getOrDefault(digest(caller), 0);
        return Math.max(0, counted.contains(call) ? calls - 1 : calls);
    }

    private void turnDay(long atMillis) {
        LocalDate today = Instant.ofEpochMilli(atMillis).atZone(zone).toLocalDate();
        if (!today.equals(day)) {
            day = today;
            callsByNumber.clear();
            counted.clear();
        }
    }

    private String digest(CallerNumber number) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(number.digits().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package org.numvert.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.numvert.ivr.IvrInput;
import org.numvert.ivr.IvrStep;
import org.numvert.ivr.Prompt;
import org.numvert.routing.CallerNumber;
import org.numvert.routing.PauseReason;

/**
 * How simulated callers and agents behave: every random draw of the simulated PBX, from one
 * seeded generator, so that a seed replays the same choices. Durations in milliseconds. Demo
 * values: conversations of one to three minutes, so that the wallboard moves.
 *
 * <p>Threading: not thread-safe; the simulated PBX's thread owns it.
 */
final class SimTraffic {
    /** Spoken French, characters per second. */
    private static final double SPEECH_CHARS_PER_SECOND = 15;
    /** Share of the day's calls per hour of the day (Europe/Paris), mean 1: a contact centre's day. */
    private static final double[] DAY = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.45, 1.0, 1.7, 2.1, 1.9, 1.2, 1.1,
        1.8, 1.9, 1.7, 1.3, 0.8, 0.45, 0.3, 0.25, 0.2, 0.15};
    private static final double DAY_MAX = Arrays.stream(DAY).max().orElseThrow();
    private static final double DAY_MEAN = Arrays.stream(DAY).average().orElseThrow();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Distribution PATIENCE = new Distribution(Distribution.Kind.LOGNORMAL, 150, 100);
    private static final Distribution TALK = new Distribution(Distribution.Kind.LOGNORMAL, 100, 45);
    private static final Distribution HUMAN_CALLER_TALK = new Distribution(Distribution.Kind.LOGNORMAL, 300, 120);

    private final SplittableRandom random;
    private final SimSettings settings;
    private final String[] recentNumbers = new String[200];
    private int numbersSeen;

    SimTraffic(SimSettings settings, long seed) {
        this.settings = settings;
        this.random = new SplittableRandom(seed);
    }

    /** Milliseconds to the next arrival after {@code nowMillis}; -1 when no calls are simulated. */
    long nextArrivalMillis(long nowMillis) {
        if (settings.callsPerHour() == 0) {
            return -1;
        }
        double perMilli = settings.callsPerHour() / 3_600_000.0;
        if (!settings.dailyShape()) {
            return exponential(1 / perMilli);
        }
        double peak = perMilli * DAY_MAX / DAY_MEAN;
        long t = 0;
        do {
            t += exponential(1 / peak);
        } while (random.nextDouble() * DAY_MAX > DAY[hourOf(nowMillis + t)]);
        return t;
    }

    private static int hourOf(long millis) {
        return Instant.ofEpochMilli(millis).atZone(PARIS).getHour();
    }

    /** A hotline by weight (business 45 %, transport 30 %, training 25 %, any other evenly). */
    String hotline(List<String> hotlines) {
        double[] weights = hotlines.stream().mapToDouble(h -> switch (h) {
            case "entreprises" -> 45;
            case "transport" -> 30;
            case "formation" -> 25;
            default -> 20;
        }).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return hotlines.get(i);
            }
        }
        return hotlines.get(hotlines.size() - 1);
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A French number (mobile or Occitanie landline), withheld at times, and a caller calling again at times. */
    CallerNumber callerNumber() {
        if (random.nextDouble() < 0.08) {
            return CallerNumber.withheld();
        }
        int known = Math.min(numbersSeen, recentNumbers.length);
        if (known > 0 && random.nextDouble() < settings.repeatCallers()) {
            return CallerNumber.of(recentNumbers[random.nextInt(known)]);
        }
        String prefix = oneOf(List.of("06", "07", "04", "05"));
        String number = prefix + String.format("%08d", random.nextInt(100_000_000));
        recentNumbers[numbersSeen++ % recentNumbers.length] = number;
        return CallerNumber.of(number);
    }

    /** How long a prompt plays, at the configured pace. */
    long promptMillis(Prompt prompt) {
        double seconds = Math.max(1, prompt.text().length() / SPEECH_CHARS_PER_SECOND);
        return Math.max(50, Math.round(seconds * 1000 / settings.promptSpeed()));
    }

    /** The caller's answer to a menu, and when it comes (callers who know the menu press early). */
    record MenuAnswer(IvrInput input, long afterMillis) {
    }

    MenuAnswer answer(IvrStep.Collect menu) {
        long prompt = promptMillis(menu.prompt());
        double draw = random.nextDouble();
        String keys = menu.keys().replace("9", "").replace("*", "");
        if (draw < 0.03 || keys.isEmpty()) {
            return new MenuAnswer(new IvrInput.NoInput(), prompt + menu.timeout().toMillis() / settings.promptSpeed());
        }
        String key;
        if (draw < 0.06) {
            key = firstMissing(menu.keys());
        } else if (draw < 0.10 && menu.keys().contains("9")) {
            key = "9";
        } else if (draw < 0.13 && menu.keys().contains("*")) {
            key = "*";
        } else {
            key = String.valueOf(keys.charAt(random.nextInt(keys.length())));
        }
        long when = random.nextDouble() < 0.4 ? prompt / 3 + random.nextLong(Math.max(1, prompt / 3)) : prompt + 800;
        return new MenuAnswer(new IvrInput.Digits(key), when);
    }

    private static String firstMissing(String keys) {
        for (char c = '0'; c <= '8'; c++) {
            if (keys.indexOf(c) < 0) {
                return String.valueOf(c);
            }
        }
        return "#";
    }

    /** A caller hangs up during an IVR step. */
    boolean hangsUpInIvr() {
        return random.nextDouble() < 0.01;
    }

    long patienceMillis() {
        return Math.max(5_000, PATIENCE.sampleMillis(random));
    }

    boolean acceptsCallback() {
        return random.nextDouble() < 0.6;
    }

    /**
     * Whether a callback's customer cannot be reached, and the PBX's word for it: one in eight
     * (busy, no answer, or now and then a number that does not exist), so that the demo shows
     * retries.
     */
    Optional<String> callbackFailure() {
        double draw = random.nextDouble();
        if (draw >= 0.125) {
            return Optional.empty();
        }
        return Optional.of(draw < 0.05 ? "BUSY" : draw < 0.115 ? "NOANSWER" : "CHANUNAVAIL");
    }

    /** How long an agent hears the customer's line before the callback is known to have failed. */
    long callbackFailureMillis() {
        return 5_000 + random.nextLong(15_000);
    }

    /** A simulated agent does not answer an offer (it rings out). */
    boolean ringsUnanswered() {
        return random.nextDouble() < 0.04;
    }

    long answerDelayMillis() {
        return 2_000 + random.nextLong(4_000);
    }

    long talkMillis(boolean callback) {
        if (callback && random.nextDouble() < 0.2) {
            return 15_000 + random.nextLong(10_000);
        }
        return Math.min(6 * 60_000, Math.max(15_000, TALK.sampleMillis(random)));
    }

    /** A caller talking with a human agent hangs up after this (unless the agent hangs up first). */
    long humanCallerTalkMillis() {
        return Math.max(30_000, HUMAN_CALLER_TALK.sampleMillis(random));
    }

    boolean agentHangsUp() {
        return random.nextDouble() < 0.6;
    }

    /** When a simulated agent ends its wrap-up early with a code, if it does. */
    Optional<Long> earlyWrapUpMillis() {
        return random.nextDouble() < 0.4 ? Optional.of(3_000 + random.nextLong(10_000)) : Optional.empty();
    }

    /** The pause a simulated agent takes after its current call, if it takes one. */
    Optional<PauseReason> pauseAfterCall() {
        double draw = random.nextDouble();
        if (draw < 0.04) {
            return Optional.of(PauseReason.BREAK);
        }
        return draw < 0.07 ? Optional.of(PauseReason.BACK_OFFICE) : Optional.empty();
    }

    long pauseMillis(PauseReason reason) {
        if (PauseReason.NO_ANSWER.equals(reason)) {
            return 10_000 + random.nextLong(20_000);
        }
        return 60_000 + random.nextLong(180_000);
    }

    /** Milliseconds between two simulated agents logging in at start. */
    long loginStaggerMillis() {
        return 300 + random.nextLong(1_500);
    }

    private long exponential(double meanMillis) {
        return Math.max(1, Math.round(-meanMillis * Math.log(1.0 - random.nextDouble())));
    }
}

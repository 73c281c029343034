package org.numvert.routing;

/**
 * The recent handle times of a group (talk and wrap-up of its last calls), for the wait
 * estimate: recent enough to follow the day (a crisis lengthens calls), long enough not to jump
 * on one call.
 */
final class HandleTimes {
    static final int WINDOW = 32;
    /** Before any call was handled: a typical talk time of the hotlines. */
    static final long DEFAULT_TALK_MILLIS = 180_000;

    private final long[] talk = new long[WINDOW];
    private final long[] wrapUp = new long[WINDOW];
    private int count;
    private int next;
    private long talkSum;
    private long wrapUpSum;

    void record(long talkMillis, long wrapUpMillis) {
        if (count == WINDOW) {
            talkSum -= talk[next];
            wrapUpSum -= wrapUp[next];
        } else {
            count++;
        }
        talk[next] = talkMillis;
        wrapUp[next] = wrapUpMillis;
        talkSum += talkMillis;
        wrapUpSum += wrapUpMillis;
        next = (next + 1) % WINDOW;
    }

    long meanTalkMillis() {
        return count == 0 ? DEFAULT_TALK_MILLIS : talkSum / count;
    }

    /** Mean talk + wrap-up; the group's wrap-up setting stands in before any call. */
    long meanHandleMillis(int wrapUpSeconds) {
        return count == 0 ? DEFAULT_TALK_MILLIS + wrapUpSeconds * 1000L
                : (talkSum + wrapUpSum) / count;
    }
}

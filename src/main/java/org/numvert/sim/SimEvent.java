package org.numvert.sim;

/** One pending event of the simulation. Mutable only while the simulator builds it. */
final class SimEvent {
    static final byte ARRIVAL = 0;
    static final byte ABANDON = 1;
    static final byte ANSWER = 2;
    static final byte HANG_UP = 3;
    static final byte TICK = 4;
    static final byte SHIFT_START = 5;
    static final byte SHIFT_END = 6;
    static final byte CALLBACK_OFFERED = 7;

    final long time;
    final byte kind;
    final SimCall call;
    /** Arrival stream or agent index, depending on the kind. */
    final int index;
    /** For ANSWER: the offer it answers (a later offer of the same call makes it stale). */
    final int offer;
    long seq;

    SimEvent(long time, byte kind, SimCall call, int index, int offer) {
        this.time = time;
        this.kind = kind;
        this.call = call;
        this.index = index;
        this.offer = offer;
    }
}

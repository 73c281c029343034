package org.numvert.ivr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call's walk through an IVR script: an immutable state and a pure step function. A host asks
 * {@link #step()} what to do, does it, and reports the result to {@link #advance(IvrInput)}, which
 * returns the next state; nothing here performs I/O, reads a clock or keeps a thread, so the
 * FastAGI session, the simulated PBX and {@code ivr run} drive exactly the same code.
 *
 * <p>The inputs are all explicit: the {@link ScriptLibrary} at the moment the call started (the
 * session keeps its {@link Script}s, so a hot reload never changes a call in progress), the
 * instant the call started (opening hours are decided once, at the start), the {@link CrisisState}
 * snapshot, and the caller's keys.
 *
 * <p>Thread-safety: immutable; a host keeps the latest state of each call on whichever thread
 * serves the call.
 */
public final class IvrSession {
    /** The {@link IvrOutcome#node()} of a call routed by a crisis switch rather than by a node. */
    public static final String CRISIS_NODE = "crisis";
    /** The topic of calls routed by a crisis switch. */
    public static final String CRISIS_TOPIC = "crise";
    /** Safety net against a caller (or a bug) cycling forever: the session hangs up after this. */
    static final int MAX_STEPS = 500;

    private final Walk.State state;

    private IvrSession(Walk.State state) {
        this.state = state;
    }

    /**
     * Begins a call to {@code hotline} at {@code startedAt}.
     *
     * @throws IllegalArgumentException when the library has no script for {@code hotline}
     */
    public static IvrSession begin(ScriptLibrary library, String hotline, Instant startedAt, CrisisState crisis) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(crisis, "crisis");
        Script script = library.script(hotline)
                .orElseThrow(() -> new IllegalArgumentException("no IVR script for hotline '" + hotline + "'"));
        return new IvrSession(Walk.begin(library, script, startedAt, crisis));
    }

    /** What the host must do now. */
    public IvrStep step() {
        return state.step();
    }

    /**
     * The state after the host carried out {@link #step()} with {@code input}.
     *
     * @throws IllegalStateException    when the session is finished
     * @throws IllegalArgumentException when {@code input} does not answer the current step
     *                                  ({@link IvrInput.Played} for a Play, digits or no input for a Collect)
     */
    public IvrSession advance(IvrInput input) {
        Objects.requireNonNull(input, "input");
        return new IvrSession(Walk.advance(state, input));
    }

    public boolean isFinished() {
        return state.step() instanceof IvrStep.Finish;
    }

    public Optional<IvrOutcome> outcome() {
        IvrStep step = state.step();
        return step instanceof IvrStep.Finish ? Optional.of(((IvrStep.Finish) step).outcome()) : Optional.empty();
    }

    /** The dialled hotline (outcomes are reported for it). */
    public String hotline() {
        return state.hotline();
    }

    /** The script being followed: the dialled hotline's, or another's under a crisis switch. */
    public Script script() {
        return state.script();
    }

    public Instant startedAt() {
        return state.startedAt();
    }

    /** Open or closed, as decided when the call started. */
    public HoursStatus hours() {
        return state.hours();
    }

    /** The crisis switch that applied when the call started. */
    public Optional<CrisisSwitch> crisis() {
        return state.crisis();
    }

    /** The node the caller is in (for logs and for the record of a caller who hung up). */
    public String node() {
        return state.node();
    }

    /** The keys chosen so far, in order (repeat, back and invalid keys are not choices). */
    public List<String> choices() {
        return state.choices();
    }

    @Override
    public String toString() {
        return "IvrSession[" + state.hotline() + " " + state.script().source() + " at " + state.node() + "]";
    }
}

package org.numvert.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.numvert.routing.AgentId;
import org.numvert.routing.RoutingOutput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision in a large contact center: 1,500 agents, 30 groups, 5,000 callers
 * waiting. Sampled one by one (SampleTime), so JMH reports the percentiles (p99 target: under
 * 20 µs).
 *
 * <ul>
 * <li>{@code agentFreed}: an agent's call ends; the engine picks, across the agent's groups and
 * the groups escalating into them, the most urgent call it may take, and offers it.</li>
 * <li>{@code callArrives}: a caller enters while every agent is busy: the engine looks for an
 * eligible agent and queues the call.</li>
 * </ul>
 * Between two samples (not timed) the offered agent answers and a new caller arrives, so the
 * queue stays at 5,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class RoutingDecisionBenchmark {
    private ContactCenter center;
    private AgentId next;

    @Setup(Level.Trial)
    public void build() {
        center = new ContactCenter(30, 1_500, 5_000);
    }

    @Setup(Level.Invocation)
    public void between() {
        if (next != null) {
            center.answer(next);
            center.enter();
        }
        center.clock.millis += 50;
        next = center.randomBusyAgent();
    }

    @Benchmark
    public List<RoutingOutput> agentFreed() {
        return center.endCallOf(next);
    }

    @Benchmark
    public List<RoutingOutput> callArrives() {
        next = null;
        List<RoutingOutput> out = center.enter();
        return out;
    }
}

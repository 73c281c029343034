package org.numvert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.numvert.routing.AgentId;
import org.numvert.routing.CallId;
import org.numvert.routing.GroupId;
import org.numvert.routing.RoutingFact;

/** numvert's own Prometheus series folded from the engine's facts. */
class EngineMetersTest {
    private static final GroupId AIDES = new GroupId("entreprises-aides");

    @Test
    void callbackAttemptsThatDidNotReachTheCustomerAreCountedApartFromThoseGivenUp() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        EngineMeters meters = new EngineMeters(registry);

        meters.onOutput(new RoutingFact.CallbackFailed(1, new CallId("c1-cb"), AIDES, new AgentId("alice"), "BUSY", 1, 600_001));
        meters.onOutput(new RoutingFact.CallbackFailed(2, new CallId("c2-cb"), AIDES, new AgentId("alice"), "BUSY", 2, 600_002));
        meters.onOutput(new RoutingFact.CallbackFailed(3, new CallId("c3-cb"), AIDES, new AgentId("alice"), "NOANSWER", 3, 0));

        assertThat(registry.scrape()).contains(
                "numvert_callbacks_failed_total{given_up=\"false\",group=\"entreprises-aides\"} 2.0",
                "numvert_callbacks_failed_total{given_up=\"true\",group=\"entreprises-aides\"} 1.0");
    }
}

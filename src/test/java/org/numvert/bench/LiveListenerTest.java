package org.numvert.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** A stream read as it arrives: events cut across chunks, marked changes noted once, the agents shown. */
class LiveListenerTest {

    @Test
    void aWallboardNotesTheMarkedPausesOfTheAgentsItShows() {
        LiveListener wallboard = new LiveListener(LiveListener.Kind.WALLBOARD, "sup");
        String first = "event: wallboard\ndata: {\"agents\": [{\"id\": \"a1\", \"reason\": \"bench-7\"},"
                + " {\"id\": \"a2\", \"reason\": \"lunch\"}]}\n\n";
        wallboard.received(Buffer.buffer("retry: 3000\n\n" + first.substring(0, 40)));
        assertThat(wallboard.seenAt(7)).isNull();

        wallboard.received(Buffer.buffer(first.substring(40) + ": heartbeat\n\n"));
        Long seen = wallboard.seenAt(7);
        wallboard.received(Buffer.buffer("event: wallboard\ndata: {\"agents\": [{\"id\": \"a1\", \"reason\": \"bench-7\"},"
                + " {\"id\": \"a2\", \"reason\": \"bench-8\"}]}\n\n"));

        assertThat(seen).isNotNull();
        assertThat(wallboard.seenAt(7)).isEqualTo(seen);
        assertThat(wallboard.seenAt(8)).isGreaterThanOrEqualTo(seen);
        assertThat(wallboard.shows("a1")).isTrue();
        assertThat(wallboard.shows("a2")).isTrue();
        assertThat(wallboard.shows("a3")).isFalse();
        assertThat(wallboard.snapshots()).isEqualTo(2);
    }

    @Test
    void aDeskReadsItsAgentOnlyAndIgnoresOtherEvents() {
        LiveListener desk = new LiveListener(LiveListener.Kind.DESK, "a1");
        desk.received(Buffer.buffer("event: wallboard\ndata: {\"agents\": [{\"id\": \"a2\", \"reason\": \"bench-3\"}]}\n\n"
                + "event: desk\ndata: {\"agent\": {\"agent\": \"a1\", \"state\": \"PAUSED\", \"reason\": \"bench-4\"}}\n\n"));

        assertThat(desk.seenAt(3)).isNull();
        assertThat(desk.seenAt(4)).isNotNull();
        assertThat(desk.shows("a1")).isTrue();
        assertThat(desk.shows("a2")).isFalse();
        assertThat(desk.snapshots()).isEqualTo(1);
    }
}

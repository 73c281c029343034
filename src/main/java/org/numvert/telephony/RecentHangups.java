package org.numvert.telephony;

import java.util.LinkedHashMap;
import java.util.Map;
import org.numvert.routing.EndedBy;

/** The last {@code capacity} root channels that hung up, oldest forgotten first. Not thread-safe. */
final class RecentHangups {
    private final Map<String, EndedBy> hangups;

    RecentHangups(int capacity) {
        this.hangups = new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, EndedBy> eldest) {
                return size() > capacity;
            }
        };
    }

    void put(String uniqueId, EndedBy by) {
        hangups.put(uniqueId, by);
    }

    EndedBy get(String uniqueId) {
        return hangups.get(uniqueId);
    }

    boolean contains(String uniqueId) {
        return hangups.containsKey(uniqueId);
    }
}

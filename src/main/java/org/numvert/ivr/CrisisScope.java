package org.numvert.ivr;

import java.util.Objects;
import java.util.Optional;

/**
 * Which calls a crisis switch applies to: one hotline's, or every hotline's ({@link #ALL}). A
 * hotline's own switch takes precedence over the all-hotlines switch, being the more specific.
 */
public record CrisisScope(Optional<String> hotline) {
    /** The all-hotlines switch. */
    public static final CrisisScope ALL = new CrisisScope(Optional.empty());

    /** How {@link #ALL} is written in storage and URLs. */
    public static final String ALL_KEY = "*";

    public CrisisScope {
        Objects.requireNonNull(hotline, "hotline");
        if (hotline.filter(h -> h.isBlank() || h.equals(ALL_KEY)).isPresent()) {
            throw new IllegalArgumentException("not a hotline: '" + hotline.get() + "'");
        }
    }

    public static CrisisScope of(String hotline) {
        return new CrisisScope(Optional.of(hotline));
    }

    /** The scope written as {@link #key()}: a hotline id, or {@code *} for all. */
    public static CrisisScope parse(String key) {
        return ALL_KEY.equals(key) ? ALL : of(key);
    }

    public boolean isAll() {
        return hotline.isEmpty();
    }

    public boolean covers(String hotlineId) {
        return hotline.map(hotlineId::equals).orElse(true);
    }

    public String key() {
        return hotline.orElse(ALL_KEY);
    }

    @Override
    public String toString() {
        return hotline.orElse("all hotlines");
    }
}

package org.numvert.faq;

import java.util.Locale;
import org.numvert.routing.Organisation;

/** Who an article is written for: the Region's agents, AD'OCC's, or both. */
public enum Audience {
    REGION,
    ADOCC,
    ALL;

    /** The audience of an organisation's own articles. */
    public static Audience of(Organisation organisation) {
        return organisation == Organisation.ADOCC ? ADOCC : REGION;
    }

    /** Reads {@code region}, {@code ADOCC}, {@code all} …; anything else is an error naming it. */
    public static Audience parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("audience must be REGION, ADOCC or ALL, not '" + text + "'", e);
        }
    }

    public boolean visibleTo(Organisation organisation) {
        return this == ALL || this == of(organisation);
    }
}

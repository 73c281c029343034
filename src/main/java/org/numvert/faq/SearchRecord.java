package org.numvert.faq;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.numvert.routing.Organisation;

/**
 * One search, as the search log keeps it: the words normalised (lower case, spaces collapsed, cut
 * to {@link #MAX_QUERY} characters) and runs of 6 digits or more masked, because agents sometimes
 * type a caller's phone or file number.
 */
public record SearchRecord(Instant at, String query, int hits, Organisation organisation) {
    public static final int MAX_QUERY = 200;
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d .-]{4,}\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static SearchRecord of(Instant at, String typed, int hits, Organisation organisation) {
        return new SearchRecord(at, normalise(typed), hits, organisation);
    }

    /** Lower case, spaces collapsed, runs of 6 digits or more masked, cut to {@value #MAX_QUERY} characters. */
    public static String normalise(String typed) {
        String text = SPACES.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        text = LONG_NUMBER.matcher(text).replaceAll(m -> digits(m.group()) >= 6 ? "###" : m.group());
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}

package org.numvert.web.reports;

import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.numvert.routing.RoutingEngine;
import org.numvert.web.ApiException;

/**
 * The query parameters of the report endpoints, checked: every bad value is a 400 naming the
 * parameter. Times: {@code 2026-05-11} (a whole day: as {@code to}, up to the end of that day),
 * {@code 2026-05-11T09:00} (Europe/Paris) or {@code 2026-05-11T09:00:00+02:00}; the default range
 * is today in Europe/Paris.
 */
final class ReportParams {
    static final ZoneId ZONE = RoutingEngine.PARIS;

    private final RoutingContext ctx;

    ReportParams(RoutingContext ctx) {
        this.ctx = ctx;
    }

    /** [from, to), at most {@code longest}; {@code today} is the default day. */
    Range range(LocalDate today, Duration longest) {
        Instant from = optional("from").map(v -> time(v, "from", false)).orElse(start(today));
        Instant to = optional("to").map(v -> time(v, "to", true))
                .orElse(optional("from").map(v -> endOfFromDay(from)).orElse(start(today.plusDays(1))));
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("to: must be after from");
        }
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw ApiException.badRequest("to: at most " + longest.toDays() + " days after from");
        }
        return new Range(from, to);
    }

    record Range(Instant from, Instant to) {
    }

    /** A day parameter ({@code 2026-05-11}), or {@code otherwise}. */
    LocalDate date(String name, LocalDate otherwise) {
        try {
            return optional(name).map(LocalDate::parse).orElse(otherwise);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": a date like 2026-05-11");
        }
    }

    Optional<String> optional(String name) {
        String value = ctx.queryParams().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    long number(String name, long defaultValue, long min, long max) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.get());
            if (value < min || value > max) {
                throw ApiException.badRequest(name + ": between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": must be a whole number");
        }
    }

    /** CSV when {@code format=csv}, or when asked by {@code Accept: text/csv} without a format. */
    boolean csv() {
        Optional<String> format = optional("format");
        if (format.isPresent()) {
            return switch (format.get().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.badRequest("format: csv or json");
            };
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase().contains("text/csv");
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static Instant endOfFromDay(Instant from) {
        return start(from.atZone(ZONE).toLocalDate().plusDays(1));
    }

    private static Instant time(String value, String name, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return start(end ? day.plusDays(1) : day);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": a date (2026-05-11) or a date-time (2026-05-11T09:00,"
                    + " Europe/Paris, or with an offset)");
        }
    }
}

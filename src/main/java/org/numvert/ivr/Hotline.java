package org.numvert.ivr;

import java.util.List;
import java.util.Objects;

/**
 * Who a script answers for.
 *
 * @param id       the hotline's name ({@code entreprises}, {@code formation}, {@code transport});
 *                 also the skill groups' {@code hotline} and the script's file name
 * @param numbers  the free numbers that reach it, normalised ({@link DialledNumber})
 * @param language the prompts' language ({@code fr}; room for others)
 */
public record Hotline(String id, String label, String language, List<Ref> numbers, Position at) {
    public Hotline {
        Objects.requireNonNull(id, "id");
        label = Objects.requireNonNullElse(label, id);
        language = Objects.requireNonNullElse(language, "fr");
        numbers = List.copyOf(numbers);
        Objects.requireNonNull(at, "at");
    }
}

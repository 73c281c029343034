package org.numvert.store;

import java.util.Objects;

/** A wrap-up code an agent gives a call of a hotline ({@code wrapUpCodes:} of the catalogue). */
public record WrapUpCode(String code, String label) {
    public WrapUpCode {
        Objects.requireNonNull(code, "code");
        label = label == null || label.isBlank() ? code : label;
    }
}

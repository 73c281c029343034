package org.numvert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashesArePbkdf2StringsWithTheirCostAndASaltOfTheirOwn() {
        String first = hasher.hash("Un mot de passe 1");
        String second = hasher.hash("Un mot de passe 1");

        assertThat(first).startsWith("$pbkdf2$it=1000$").doesNotContain("Un mot de passe 1");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(first, "Un mot de passe 1")).isTrue();
        assertThat(hasher.matches(second, "Un mot de passe 1")).isTrue();
        assertThat(hasher.matches(first, "un mot de passe 1")).isFalse();
        assertThat(hasher.matches(first, null)).isFalse();
        assertThat(hasher.matchesNothing("Un mot de passe 1")).isFalse();
    }

    @Test
    void aHashOfAnotherCostIsOutdatedButStillChecks() {
        PasswordHasher stronger = new PasswordHasher(2_000);
        String old = hasher.hash("Ancien-mot-de-passe");

        assertThat(stronger.outdated(old)).isTrue();
        assertThat(stronger.matches(old, "Ancien-mot-de-passe")).isTrue();
        assertThat(stronger.outdated(stronger.hash("x"))).isFalse();
    }

    @Test
    void productionCostFollowsOwasp() {
        assertThat(PasswordHasher.PRODUCTION_ITERATIONS).isGreaterThanOrEqualTo(210_000);
    }
}

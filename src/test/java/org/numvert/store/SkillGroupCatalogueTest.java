package org.numvert.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.numvert.routing.EscalationStep;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

class SkillGroupCatalogueTest {

    @Test
    void readsTheRepositorysCatalogueInFull() throws Exception {
        SkillGroupCatalogue catalogue = SkillGroupCatalogue.parse(
                Files.readString(Path.of("ivr-scripts", "skill-groups.yaml")));

        assertThat(catalogue.groups()).hasSize(11);
        SkillGroup aides = catalogue.groups().get(0).group();
        assertThat(aides.id()).isEqualTo(new GroupId("entreprises-aides"));
        assertThat(aides.hotline()).isEqualTo(new HotlineId("entreprises"));
        assertThat(aides.wrapUpSeconds()).isEqualTo(45);
        assertThat(aides.maxQueueLength()).isEqualTo(40);
        assertThat(aides.organisations()).containsExactly(Organisation.REGION, Organisation.ADOCC);
        assertThat(aides.escalation()).containsExactly(new EscalationStep(45, 2, List.of()),
                new EscalationStep(120, 1, List.of(new GroupId("entreprises-accueil"))));
        assertThat(catalogue.groups().get(0).serviceLevelGoalPercent()).isEqualTo(80);
        assertThat(catalogue.wrapUpCodes()).containsOnlyKeys(new HotlineId("entreprises"),
                new HotlineId("formation"), new HotlineId("transport"), new HotlineId("crise"));
        assertThat(catalogue.wrapUpCodes().get(new HotlineId("transport")))
                .contains(new WrapUpCode("reservation-tad", "Réservation de transport à la demande"));
    }

    @Test
    void defaultsApplyToMissingKeys() {
        SkillGroupCatalogue catalogue = SkillGroupCatalogue.parse("groups:\n  - {id: essai, hotline: test}\n");

        SkillGroup group = catalogue.groups().get(0).group();
        assertThat(group.slTargetSeconds()).isEqualTo(20);
        assertThat(group.wrapUpSeconds()).isEqualTo(30);
        assertThat(group.joinWhenEmpty()).isTrue();
        assertThat(group.organisations()).containsExactly(Organisation.REGION);
        assertThat(group.label()).isEqualTo("essai");
        assertThat(catalogue.wrapUpCodes()).isEmpty();
    }

    @Test
    void mistakesNameTheirPlace() {
        assertThatThrownBy(() -> SkillGroupCatalogue.parse("groups:\n  - {id: a, hotline: h}\n  - {id: b, hotline: h, slTarget: 20}\n"))
                .hasMessage("groups[1].slTarget: unknown key");
        assertThatThrownBy(() -> SkillGroupCatalogue.parse("groups:\n  - {id: a, hotline: h, wrapUpSeconds: long}\n"))
                .hasMessage("groups[0].wrapUpSeconds: a whole number is required");
        assertThatThrownBy(() -> SkillGroupCatalogue.parse("groups:\n  - {id: a, hotline: h, organisations: [CCI]}\n"))
                .hasMessageContaining("groups[0].organisations: REGION or ADOCC");
        assertThatThrownBy(() -> SkillGroupCatalogue.parse("groups:\n  - {id: a, hotline: h,"
                + " escalation: [{afterSeconds: 10, minProficiency: 9}]}\n"))
                .hasMessageStartingWith("groups[0].escalation[0]: minProficiency must be 1..5");
        assertThatThrownBy(() -> SkillGroupCatalogue.parse("wrapUpCodes: {}\n"))
                .hasMessage("groups: a list of skill groups is required");
    }
}

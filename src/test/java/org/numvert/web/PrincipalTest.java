package org.numvert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.numvert.routing.GroupId;
import org.numvert.routing.HotlineId;
import org.numvert.routing.Organisation;
import org.numvert.routing.SkillGroup;

class PrincipalTest {
    private static final SkillGroup PRETS = group("entreprises-prets", Organisation.ADOCC);
    private static final SkillGroup AIDES = group("entreprises-aides", Organisation.REGION, Organisation.ADOCC);
    private static final SkillGroup TRANSPORT = group("transport-trains", Organisation.REGION);

    @Test
    void anAdoccSupervisorOverseesTheGroupsAdoccStaffs() {
        Principal adocc = principal(Role.SUPERVISOR, Organisation.ADOCC);

        assertThat(adocc.oversees(PRETS)).isTrue();
        assertThat(adocc.oversees(AIDES)).isTrue();
        assertThat(adocc.oversees(TRANSPORT)).isFalse();
    }

    @Test
    void regionSupervisorsAndAdministratorsOverseeEveryGroupAgentsNone() {
        assertThat(List.of(PRETS, AIDES, TRANSPORT)).allMatch(principal(Role.SUPERVISOR, Organisation.REGION)::oversees)
                .allMatch(principal(Role.ADMIN, Organisation.ADOCC)::oversees)
                .noneMatch(principal(Role.AGENT, Organisation.REGION)::oversees)
                .noneMatch(principal(Role.AGENT, Organisation.ADOCC)::oversees);
    }

    private static Principal principal(Role role, Organisation organisation) {
        return new Principal("someone", role, organisation, false, Optional.empty());
    }

    private static SkillGroup group(String id, Organisation... staffedBy) {
        return new SkillGroup(new GroupId(id), new HotlineId(id.split("-")[0]), id, 20, 30, 0, 0, true,
                List.of(staffedBy), List.of());
    }
}

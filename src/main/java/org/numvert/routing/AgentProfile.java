package org.numvert.routing;

import java.util.Map;
import java.util.Objects;

/**
 * What the engine needs to know about an agent: identity, organisation, skills and the contact
 * numvert dials to reach the agent.
 *
 * @param contact an Asterisk dial string: {@code PJSIP/1001} for a desk phone, or for a
 *                teleworker {@code Local/0612345678@numvert-outbound}; the simulators accept any
 * @param skills  proficiency 1 (lowest) to 5 (best) per skill group
 */
public record AgentProfile(
        AgentId id, String name, Organisation organisation, String contact,
        Map<GroupId, Integer> skills) {

    public AgentProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        name = name == null || name.isBlank() ? id.value() : name;
        contact = contact == null ? "" : contact;
        skills = Map.copyOf(Objects.requireNonNullElse(skills, Map.of()));
        skills.forEach((group, level) -> {
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException(
                        "proficiency of " + id + " in " + group + " must be 1..5: " + level);
            }
        });
    }
}

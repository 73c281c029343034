package org.numvert.web.security;

import org.numvert.routing.AgentId;
import org.numvert.routing.Organisation;

/** An enabled user that takes calls: what a routing profile is made for. */
public record AgentAccount(AgentId agent, String login, String displayName, Organisation organisation) {
}

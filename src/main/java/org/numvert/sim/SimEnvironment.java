package org.numvert.sim;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.numvert.ivr.CrisisState;
import org.numvert.ivr.ScriptLibrary;
import org.numvert.routing.HotlineId;
import org.numvert.routing.SkillGroup;

/**
 * What the simulated PBX reads from the service: the IVR scripts in service and the crisis state
 * (read once per call, like the FastAGI host), the skill groups (to spread the simulated agents'
 * skills) and the wrap-up codes of each hotline. Every supplier must be cheap and non-blocking.
 */
public record SimEnvironment(Supplier<ScriptLibrary> scripts, Supplier<CrisisState> crisis,
        Supplier<List<SkillGroup>> groups, Function<HotlineId, List<String>> wrapUpCodes) {
}

package org.numvert.app;

import java.nio.file.Path;
import java.util.Optional;
import org.numvert.faq.FaqSettings;
import org.numvert.records.RecordsSettings;
import org.numvert.routing.RoutingSettings;
import org.numvert.sim.SimSettings;
import org.numvert.telephony.AgiSettings;
import org.numvert.telephony.AmiSettings;
import org.numvert.web.HttpSettings;
import org.numvert.web.security.SecuritySettings;

/**
 * The whole configuration, validated once at start-up ({@link ConfigLoader}) and immutable after.
 *
 * @param ami present when an Asterisk is configured; absent means the simulated PBX
 */
public record NumvertConfig(
        Path dataDir,
        Path ivrScriptsDir,
        Path kbDir,
        HttpSettings http,
        RoutingSettings routing,
        SimSettings sim,
        Optional<AmiSettings> ami,
        AgiSettings agi,
        SecuritySettings security,
        RecordsSettings records,
        FaqSettings faq) {

    public boolean asteriskConfigured() {
        return ami.isPresent();
    }

    public Path databaseDir() {
        return dataDir.resolve("db");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    /** The secret of the callers' pseudonyms (generated at the first start; keep it out of backups of db/). */
    public Path callerKeyFile() {
        return dataDir.resolve("caller-key");
    }
}

package org.numvert.telephony;

import java.util.Map;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;

/**
 * Which script serves a FastAGI request, by the path of its URL ({@code agi://host/hold} →
 * {@code hold}; the query string is the script's parameters). An unknown path gets no script:
 * asterisk-java then logs it and sets {@code AJ_AGISTATUS=NOT_FOUND} on the channel.
 */
final class AgiScripts implements MappingStrategy {
    private final Map<String, AgiScript> byName;

    AgiScripts(Map<String, AgiScript> byName) {
        this.byName = Map.copyOf(byName);
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String script = request.getScript();
        return script == null ? null : byName.get(script.startsWith("/") ? script.substring(1) : script);
    }
}

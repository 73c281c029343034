package org.numvert.ivr;

import java.util.Objects;

/**
 * The file a script was read from and its version: a short hash of the file's content, so that a
 * call's records can say which version of the script it went through.
 */
public record ScriptSource(String file, String version) {
    public ScriptSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return file + "@" + version;
    }
}

package org.numvert.routing;

/** Who employs an agent: the Region, or AD'OCC (the regional economic development agency). */
public enum Organisation {
    REGION,
    ADOCC
}

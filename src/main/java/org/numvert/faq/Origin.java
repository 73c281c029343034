package org.numvert.faq;

/** Where a revision came from: an import of files, or an editor's change through the API. */
public enum Origin {
    IMPORT,
    EDIT
}

package crmgraph.document;

import crmgraph.CrmgraphException;

import java.util.List;

/** Placeholder until the reader lands: refuses every file. */
final class AnkiPackage implements DocumentOpener {

    @Override
    public List<OpenedText> open(String fileName, byte[] bytes) {
        throw new CrmgraphException(fileName + ": this kind of document cannot be read yet");
    }
}

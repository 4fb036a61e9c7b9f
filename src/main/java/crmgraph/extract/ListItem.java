package crmgraph.extract;

/** One member of a list as written: its name and, where the list gives one, its explanation. */
record ListItem(String name, String explanation) {

    boolean explained() {
        return explanation != null && !explanation.isBlank();
    }
}

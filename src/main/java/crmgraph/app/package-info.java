/**
 * Wiring: {@link crmgraph.app.App#create} lists every HTTP route in one place and returns an
 * unstarted Javalin, with the services it serves built from one {@link crmgraph.graph.GraphStore}.
 */
package crmgraph.app;

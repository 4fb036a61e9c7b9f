/**
 * The command line: {@link crmgraph.cli.Main} parses arguments with picocli and hands over to
 * {@code serve}, {@code import} or {@code export}; nothing here knows how a graph is built.
 * Exit codes: 0 ok, 1 failure (one line on stderr), 2 usage.
 */
package crmgraph.cli;

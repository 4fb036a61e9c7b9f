package crmgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Runs {@code java -jar crmgraph.jar COMMAND} again in a child JVM started for a command-line tool,
 * because a jar cannot carry JVM options and the defaults suit a long-running server:
 * <ul>
 *   <li>the classes come from a class-data archive (application CDS) written next to the jar by
 *       the first run of this jar on this JVM: starting the embedded store took 1.9 s instead of 4.0 s;</li>
 *   <li>one-shot commands compile with C1 only: in a run of seconds the C2 compiler's threads
 *       spent more CPU than they saved (import of the samples 11.5 → 9.6 s alone, 6.6 s with the
 *       archive); an import of many megabytes keeps C2.</li>
 * </ul>
 * {@code serve} keeps C2 (it runs for hours) and only gains the archive; {@code bench} runs as
 * started, since it measures the JVM. The child inherits the terminal and the parent's JVM options;
 * the parent passes on SIGTERM and the exit code, and the child stops when its parent disappears.
 * {@code CRMGRAPH_RELAUNCH=no} (or a class path that is not one jar) runs everything in this JVM.
 */
final class Launcher {

    static final String CHILD_PROPERTY = "crmgraph.child";
    private static final Set<String> ONE_SHOT = Set.of("import", "export", "score");
    private static final Set<String> RELAUNCHED = Set.of("import", "export", "score", "serve");
    private static final long C2_IMPORT_BYTES = 5L * 1024 * 1024;
    /** How long a stopping launcher waits for the archive to be moved into place: a rename, normally at once. */
    private static final long SETTLE_WAIT_SECONDS = 30;

    private static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private Launcher() {}

    /** The child's exit code, or empty when this JVM should run the command itself. */
    static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || "no".equalsIgnoreCase(System.getenv("CRMGRAPH_RELAUNCH"))) {
            return Optional.empty();
        }
        Optional<String> command =
                Stream.of(args).filter(a -> !a.startsWith("-")).findFirst();
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (command.filter(RELAUNCHED::contains).isEmpty() || jar.isEmpty() || java.isEmpty() || !knowsOptions()) {
            return Optional.empty();
        }
        Archive archive = Archive.of(jar.get());
        List<String> line = new ArrayList<>(List.of(java.get()));
        line.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        line.add("-D" + CHILD_PROPERTY + "=true");
        if (ONE_SHOT.contains(command.get()) && !largeImport(command.get(), args)) {
            line.add("-XX:TieredStopAtLevel=1");
        }
        line.addAll(archive.options());
        line.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
        line.addAll(List.of(args));
        return run(line, archive::settle);
    }

    /** Whether this JVM takes the child's options (a HotSpot JVM does; others may refuse to start with them). */
    private static boolean knowsOptions() {
        var hotSpot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        if (hotSpot == null) {
            return false;
        }
        try {
            hotSpot.getVMOption("ArchiveClassesAtExit");
            hotSpot.getVMOption("SharedArchiveFile");
            hotSpot.getVMOption("TieredStopAtLevel");
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Runs the child to its end, then {@code afterExit} with its exit code. A launcher stopped by
     * SIGTERM or Ctrl-C (how a server ends) waits in its shutdown hook until {@code afterExit} is
     * done: without that the JVM halted while the archive the child had just written was being
     * moved into place, so a server never kept one and every start paid for loading its classes.
     */
    private static Optional<Integer> run(List<String> line, IntConsumer afterExit) {
        Process child;
        try {
            child = new ProcessBuilder(line).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        CountDownLatch settled = new CountDownLatch(1);
        // SIGTERM to this process reaches the child too (Ctrl-C reaches both already).
        Thread passOn = new Thread(
                () -> {
                    child.destroy();
                    awaitQuietly(child);
                    awaitQuietly(settled);
                },
                "crmgraph-launcher");
        Runtime.getRuntime().addShutdownHook(passOn);
        int code = awaitQuietly(child);
        try {
            afterExit.accept(code);
        } finally {
            settled.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(passOn);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already and has waited for the above
        }
        return Optional.of(code);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SETTLE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int awaitQuietly(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the command is over
            }
        }
    }

    /**
     * An import of more than {@link #C2_IMPORT_BYTES} of files, which runs long enough for C2's
     * faster code to repay its compiling: 10,000 generated cards (1.7 MB) took 18.8 s with C1 only
     * and 26.2 s with C2, 100,000 (17 MB) 109 s with C1 only and 89 s with C2.
     */
    private static boolean largeImport(String command, String[] args) {
        if (!command.equals("import")) {
            return false;
        }
        long[] bytes = {0};
        for (String arg : args) {
            Path path = Path.of(arg);
            if (arg.startsWith("-") || !Files.exists(path)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile)
                        .takeWhile(f -> bytes[0] <= C2_IMPORT_BYTES)
                        .forEach(f -> bytes[0] += f.toFile().length());
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable paths are the import's to report
            }
        }
        return bytes[0] > C2_IMPORT_BYTES;
    }

    /** In the child: stop when the parent that waits for us is gone (killed), so no store stays locked by an orphan. */
    static void watchParent() {
        if (System.getProperty(CHILD_PROPERTY) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }

    private static Optional<Path> ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * The class-data archive of one jar build on one JVM, beside the jar. Missing, the child writes
     * it as it exits, under a temporary name that becomes the archive only after a clean exit.
     */
    private record Archive(Path file, Optional<Path> writing) {

        static Archive of(Path jar) {
            Path file = jar.resolveSibling("." + jar.getFileName() + "-" + key(jar) + ".jsa");
            if (Files.isRegularFile(file)) {
                return new Archive(file, Optional.empty());
            }
            removeOrphans(file);
            Path writing = file.resolveSibling(
                    file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            return new Archive(file, Files.isWritable(jar.getParent()) ? Optional.of(writing) : Optional.empty());
        }

        /** The start of the file name every build's archive of this jar shares. */
        private static String anyBuild(Path file) {
            return file.getFileName().toString().replaceAll("-[0-9a-f]+\\.jsa$", "-");
        }

        /** Archives half-written by launchers that were killed, of this build or an older one: their process is gone. */
        private static void removeOrphans(Path file) {
            String prefix = anyBuild(file);
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                for (Path tmp : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                                && p.getFileName().toString().endsWith(".tmp"))
                        .toList()) {
                    String name = tmp.getFileName().toString();
                    if (!name.contains(".jsa.")) {
                        continue;
                    }
                    String pid =
                            name.substring(name.indexOf(".jsa.") + ".jsa.".length(), name.length() - ".tmp".length());
                    if (pid.chars().allMatch(Character::isDigit)
                            && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        Files.deleteIfExists(tmp);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // nothing removed; they are only disk space
            }
        }

        /** Changes with the jar (size, modification time) and with the JVM, each of which invalidates an archive. */
        private static String key(Path jar) {
            try {
                String identity =
                        Files.size(jar) + "/" + Files.getLastModifiedTime(jar).toMillis() + "/"
                                + System.getProperty("java.vm.version") + "/" + System.getProperty("java.home");
                return Integer.toHexString(identity.hashCode());
            } catch (IOException e) {
                return "unknown";
            }
        }

        List<String> options() {
            List<String> options = new ArrayList<>(QUIET_CDS);
            if (writing.isPresent()) {
                options.add("-XX:ArchiveClassesAtExit=" + writing.get());
            } else if (Files.isRegularFile(file)) {
                options.add("-XX:SharedArchiveFile=" + file);
            }
            return options;
        }

        /**
         * After a run that wrote the archive and ended normally (done, or stopped by Ctrl-C or
         * SIGTERM, as a server is), it replaces the archives of older builds; otherwise it is dropped.
         */
        void settle(int exitCode) {
            if (writing.isEmpty() || !Files.isRegularFile(writing.get())) {
                return;
            }
            if (exitCode != 0 && exitCode != 130 && exitCode != 143) {
                try {
                    Files.deleteIfExists(writing.get());
                } catch (IOException e) {
                    // left for the next clean run to replace
                }
                return;
            }
            String prefix = anyBuild(file);
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
                                && !p.equals(file)
                                && !p.getFileName().toString().endsWith(".tmp"))
                        .toList()) {
                    Files.deleteIfExists(old);
                }
                Files.move(writing.get(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // No archive this time; the next run writes one.
            }
        }
    }
}

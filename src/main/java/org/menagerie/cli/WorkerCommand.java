package org.menagerie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menagerie.Menagerie;
import org.menagerie.MonitoringLoops;
import org.menagerie.MonitoringOptions;
import org.menagerie.queue.Topics;
import org.menagerie.worker.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Checks the stories monitoring hands on through the queue (consumer group 'checkers') against the "
                + "catalog, stores their alerts once and publishes them on the 'alerts' topic, until stopped (SIGTERM "
                + "finishes the story in hand; the rest of the batch goes to another worker).",
                "With queue=kafka run as many workers as the stories topic has partitions, on any machines; with the "
                + "embedded queue run one. 'watch' and 'serve' (watch=true) check stories themselves unless "
                + "watch.check=false is set for them."})
final class WorkerCommand implements Callable<Integer> {
    @ParentCommand Main parent;
    @Spec CommandSpec spec;

    @Option(names = "--threads", defaultValue = "1", description = "Stories checked at once in this process (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", defaultValue = "16", description = "Stories taken from the queue at a time (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--drain", description = "Exit once no story is waiting (for one-shot runs and benchmarks).")
    boolean drain;

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 1 || batch < 1) throw new CommandException(ExitCode.USAGE, "--threads and --batch must be positive");
        PrintWriter out = spec.commandLine().getOut();
        try (Menagerie menagerie = Menagerie.open(parent.workspace())) {
            long waiting = menagerie.monitoring().queue().backlog(Topics.STORIES, Worker.GROUP);
            out.printf("Checking stories (%d waiting) with %d thread%s over %d cases; stop with Ctrl-C or SIGTERM.%n",
                    waiting, threads, threads == 1 ? "" : "s", menagerie.cases().count());
            out.flush();
            long start = System.nanoTime();
            MonitoringLoops loops = menagerie.startMonitoring(MonitoringOptions.checking(threads, batch, drain));
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                loops.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                loops.awaitChecking();
            } finally {
                Worker.Progress p = loops.worker().progress();
                out.printf("Checked %,d stories (%,d alerts, %,d skipped as done or empty) in %.1f s.%n",
                        p.storiesChecked(), p.alertsRaised(), p.skipped(), (System.nanoTime() - start) / 1e9);
                out.flush();
                done.countDown();
            }
            if (drain) Runtime.getRuntime().removeShutdownHook(hook);
        }
        return ExitCode.OK;
    }
}

package satlab.server;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** What every session shares: the app, the caps, the log, one timer thread and the resize executor. */
record SessionServices(
        SessionApp app,
        SessionRegistry registry,
        ConnectionGate gate,
        ServerLog log,
        ScheduledExecutorService timers,
        Executor resizeExecutor,
        ServerConfig.Limits limits,
        LongSupplier nanoClock,
        AtomicLong ids) {}

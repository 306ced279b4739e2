package io.github.camelmartech.sandbox;

import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.ThreadPoolFactory;
import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;
import wiremock.org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import wiremock.org.eclipse.jetty.util.thread.Scheduler;
import wiremock.org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty threads that do not keep a JVM alive. Jetty's request threads come from this pool; its connectors also
 * want a {@link Scheduler} (idle timeouts) and create a non-daemon one of their own unless the server already has
 * one as a bean, which the pool is: it schedules on a daemon scheduler it starts and stops with itself.
 */
final class DaemonThreadPoolFactory implements ThreadPoolFactory {

    @Override
    public ThreadPool buildThreadPool(Options options) {
        return new DaemonThreadPool(options.containerThreads());
    }

    private static final class DaemonThreadPool extends QueuedThreadPool implements Scheduler {

        private final ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("sandbox-scheduler", true);

        DaemonThreadPool(int threads) {
            super(threads);
            setDaemon(true);
            setName("sandbox");
            addBean(scheduler);
        }

        @Override
        public Task schedule(Runnable task, long delay, TimeUnit units) {
            return scheduler.schedule(task, delay, units);
        }
    }
}

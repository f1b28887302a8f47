package se.ebba.shared.infra;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of the event listeners ({@code @ApplicationModuleListener}, asynchronous after the
 * publisher's commit) and of asynchronous requests: a fixed number of threads with a queue. Spring
 * Boot's default with virtual threads starts a thread per event without limit, so a burst of events
 * (a payment officer deciding a list, thousands of applications completed at once) would make every
 * listener wait for one of the pool's few database connections and fail after its timeout. A queue
 * that never blocks the submitter matters too: a listener itself publishes events (a proposal's
 * automatic decision publishes {@code DecisionMade}) and would deadlock on a limit that blocks. A task
 * lost from the queue (the process dies) is not lost work: its publication stays incomplete in the
 * registry and is delivered again ({@link EventRedelivery}).
 */
@Configuration(proxyBeanMethods = false)
class AsyncConfiguration {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${ebba.events.listener-threads:6}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadNamePrefix("ebba-async-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}

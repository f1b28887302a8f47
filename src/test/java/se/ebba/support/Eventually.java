package se.ebba.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something that happens in the background (a restart, a scheduled job). */
public final class Eventually {

    private Eventually() {
    }

    /** Polls the condition until it holds; fails the test after the timeout. */
    public static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout);
            }
            sleep(50);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

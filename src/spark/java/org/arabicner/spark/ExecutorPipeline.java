package org.arabicner.spark;

import org.arabicner.ArabicNer;

/**
 * The one {@link ArabicNer} of this JVM: on a cluster, of each executor; in local mode, of the
 * driver that runs every task. It is created by the first task that needs it (class
 * initialisation is lazy and runs once, other tasks of the JVM wait for it) and then shared by
 * all tasks the executor runs, in parallel: {@code ArabicNer} is thread-safe. So the models load
 * once per executor, never per record or per task.
 *
 * <p>This is the one piece of static state of the job, and it is immutable once set: Spark gives
 * a task no other way to reach an object that outlives it.
 */
final class ExecutorPipeline {

    private ExecutorPipeline() {
    }

    private static final class Holder {
        static final ArabicNer INSTANCE = ArabicNer.withDefaults();
    }

    /** The executor's pipeline, loading the models on first use. */
    static ArabicNer get() {
        return Holder.INSTANCE;
    }
}

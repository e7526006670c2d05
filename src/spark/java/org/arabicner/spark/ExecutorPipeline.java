package org.arabicner.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.arabicner.ArabicNer;
import org.arabicner.batch.SafeAnnotator;

/**
 * The pipelines of this JVM: on a cluster, of each executor; in local mode, of the driver that
 * runs every task. A pipeline is built by the first task that needs it (the others of the JVM
 * wait for it) and then shared by all tasks the executor runs, in parallel: {@code ArabicNer} is
 * thread-safe. So the models load once per executor, never per record or per task.
 *
 * <p>This is the job's one piece of static state: Spark gives a task no other way to reach an
 * object that outlives it. Entries are only added, one per distinct {@link PipelineFactory} (a
 * job uses one) and one {@link SafeAnnotator} per factory and limits; they live as long as the
 * executor JVM (the annotators' pooled threads are daemons).
 */
final class ExecutorPipeline {

    private static final Map<PipelineFactory, ArabicNer> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<Key, SafeAnnotator> ANNOTATORS = new ConcurrentHashMap<>();

    private record Key(PipelineFactory factory, SafeAnnotator.Limits limits) {
    }

    private ExecutorPipeline() {
    }

    /** The JVM's pipeline from {@code factory}, built on first use. */
    static ArabicNer get(PipelineFactory factory) {
        return PIPELINES.computeIfAbsent(factory, PipelineFactory::create);
    }

    /** The JVM's guarded pipeline from {@code factory} under {@code limits}, built on first use. */
    static SafeAnnotator safe(PipelineFactory factory, SafeAnnotator.Limits limits) {
        return ANNOTATORS.computeIfAbsent(new Key(factory, limits), k -> new SafeAnnotator(get(k.factory()), k.limits()));
    }
}

package org.arabicner.spark;

import java.io.Serializable;
import org.arabicner.ArabicNer;

/**
 * Builds the pipeline of an executor JVM. It travels to the executors with the job, so it holds
 * no models itself; {@link ExecutorPipeline} calls it once per JVM and keeps what it built.
 * Equal factories share one pipeline, so implementations are enums or records (a lambda is
 * equal only to itself, and would be called again by every task).
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {

    ArabicNer create();

    /** The project's default pipeline ({@link ArabicNer#withDefaults()}). */
    static PipelineFactory defaults() {
        return DefaultPipeline.INSTANCE;
    }

    /** The factory of {@link ArabicNer#withDefaults()}. */
    enum DefaultPipeline implements PipelineFactory {
        INSTANCE;

        @Override
        public ArabicNer create() {
            return ArabicNer.withDefaults();
        }
    }
}

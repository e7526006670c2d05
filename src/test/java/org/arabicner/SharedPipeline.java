package org.arabicner;

/** One default pipeline for the tests that need the real models: loading takes seconds. */
final class SharedPipeline {

    private SharedPipeline() {
    }

    private static final class Holder {
        static final ArabicNer INSTANCE = ArabicNer.withDefaults();
    }

    static ArabicNer get() {
        return Holder.INSTANCE;
    }
}

package org.arabicner;

/** One default pipeline for the tests that need the real models: loading takes seconds. */
public final class SharedPipeline {

    private SharedPipeline() {
    }

    private static final class Holder {
        static final ArabicNer INSTANCE = ArabicNer.withDefaults();
    }

    public static ArabicNer get() {
        return Holder.INSTANCE;
    }
}

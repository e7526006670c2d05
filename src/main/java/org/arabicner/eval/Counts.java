package org.arabicner.eval;

/** True positives, false positives and false negatives of one entity type (or of all), with P/R/F1. */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision in [0, 1]; 0 when nothing was predicted (as conlleval). */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

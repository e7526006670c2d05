package org.arabicner.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/**
 * The epoch loop the neural trainers share: shuffle the training sentences, run one pass over them,
 * score the held-out part, keep a copy of the best epoch's model, and stop after {@code patience}
 * epochs without a held-out gain. Without a held-out part every epoch runs and the last model is
 * kept. What a pass does (minibatches, threads, dropout) stays with each trainer.
 *
 * <p>Not thread-safe: one loop trains one model.
 */
final class EarlyStopping {

    /** One epoch: trains on the sentences in {@code order} and returns the epoch's loss. */
    @FunctionalInterface
    interface Pass {
        double run(int epoch, int[] order);
    }

    /** The model kept, and how training went. */
    record Result<M>(M model, TrainingHistory history) {
    }

    private EarlyStopping() {
    }

    /**
     * @param name      the trainer's name in the log lines
     * @param model     the model being trained ({@code pass} updates it in place)
     * @param copy      a copy of the model as it is now
     * @param sentences how many training sentences {@code order} permutes
     * @param shuffle   the random source of the order (a trainer may draw from it in its pass too)
     * @param heldOutF1 the held-out span F1 of the model as it is now; {@code null} without a held-out part
     */
    static <M> Result<M> train(String name, int epochs, int patience, M model, UnaryOperator<M> copy, int sentences,
                               SplittableRandom shuffle, Pass pass, DoubleSupplier heldOutF1, PrintStream log) {
        List<Double> losses = new ArrayList<>();
        List<Double> f1s = new ArrayList<>();
        M best = model;
        double bestF1 = -1;
        int bestEpoch = 0;
        int[] order = new int[sentences];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long t0 = System.nanoTime();
            for (int i = order.length - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            losses.add(pass.run(epoch, order));
            double f1 = Double.NaN;
            if (heldOutF1 != null) {
                f1 = heldOutF1.getAsDouble();
                f1s.add(f1);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    bestEpoch = epoch;
                    best = copy.apply(model);
                }
            } else {
                best = model;
                bestEpoch = epoch;
            }
            log.printf(Locale.ROOT, "%s: epoch %d loss %.4f held-out span F1 %.2f (%.0f s)%n", name, epoch,
                    losses.get(losses.size() - 1), f1 * 100, (System.nanoTime() - t0) / 1e9);
            if (heldOutF1 != null && epoch - bestEpoch >= patience) {
                break;
            }
        }
        return new Result<>(best, new TrainingHistory(losses, f1s, bestEpoch));
    }
}

package org.arabicner.train;

import java.util.List;

/**
 * How a neural training went: the loss of each epoch (per sentence for the BiLSTM-CRF, per token for
 * the window network), the held-out span F1 of each epoch (empty without a held-out part), and the
 * 1-based epoch whose model was kept.
 */
public record TrainingHistory(List<Double> losses, List<Double> heldOutF1, int bestEpoch) {

    public TrainingHistory {
        losses = List.copyOf(losses);
        heldOutF1 = List.copyOf(heldOutF1);
    }
}

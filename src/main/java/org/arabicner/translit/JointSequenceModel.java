package org.arabicner.translit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A joint-sequence model: the inventory of Arabic/English chunk pairs ("units", named
 * {@code arabic|english}, ids from 2 since 0 and 1 are BOS and EOS) with an n-gram model over
 * unit sequences, and Arabic chunks of at most {@code maxChunk} letters.
 *
 * <p>Immutable and thread-safe.
 */
public record JointSequenceModel(NgramModel ngrams, List<String> units, int maxChunk) {

    public JointSequenceModel {
        units = List.copyOf(units);
    }

    /**
     * A decoder over this model.
     *
     * @param unitsPerChunk keep only this many likeliest units per Arabic chunk (rare pairings
     *     are mostly alignment noise); 0 keeps all
     */
    public TransliterationDecoder decoder(int unitsPerChunk) {
        Map<String, List<Integer>> byArabic = new HashMap<>();
        String[] unitEnglish = new String[units.size()];
        for (int id = 2; id < units.size(); id++) {
            String u = units.get(id);
            int bar = u.indexOf('|');
            unitEnglish[id] = u.substring(bar + 1);
            byArabic.computeIfAbsent(u.substring(0, bar), k -> new ArrayList<>()).add(id);
        }
        Map<String, int[]> table = new HashMap<>();
        int[] none = new int[0];
        long limit = unitsPerChunk > 0 ? unitsPerChunk : Long.MAX_VALUE;
        byArabic.forEach((a, ids) -> table.put(a, ids.stream()
                .sorted(Comparator.comparingDouble((Integer id) -> -ngrams.logProb(none, 0, id)))
                .limit(limit)
                .mapToInt(Integer::intValue).toArray()));
        return new TransliterationDecoder(ngrams, table, unitEnglish, maxChunk);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(maxChunk);
        out.writeInt(units.size());
        for (int id = 2; id < units.size(); id++) {
            out.writeUTF(units.get(id));
        }
        ngrams.write(out);
    }

    static JointSequenceModel read(DataInputStream in) throws IOException {
        int maxChunk = in.readInt();
        int unitCount = in.readInt();
        List<String> units = new ArrayList<>(unitCount);
        units.add("<s>");
        units.add("</s>");
        for (int id = 2; id < unitCount; id++) {
            units.add(in.readUTF());
        }
        return new JointSequenceModel(NgramModel.read(in), units, maxChunk);
    }
}

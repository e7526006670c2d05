package org.arabicner.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arabicner.text.EntityType;
import org.junit.jupiter.api.Test;

class BioCodecTest {

    @Test
    void beginAndInsideMakeOneName() {
        assertEquals(List.of(new TokenSpan(1, 3, EntityType.PERS)),
                BioCodec.decode(List.of("O", "B-PERS", "I-PERS", "O")));
    }

    @Test
    void beginStartsANewNameEvenAfterTheSameType() {
        assertEquals(List.of(new TokenSpan(0, 1, EntityType.LOC), new TokenSpan(1, 2, EntityType.LOC)),
                BioCodec.decode(List.of("B-LOC", "B-LOC")));
    }

    @Test
    void insideAfterOutsideStartsAName() {
        assertEquals(List.of(new TokenSpan(1, 2, EntityType.ORG)), BioCodec.decode(List.of("O", "I-ORG")));
    }

    @Test
    void typeChangeEndsAName() {
        assertEquals(List.of(new TokenSpan(0, 1, EntityType.ORG), new TokenSpan(1, 2, EntityType.LOC)),
                BioCodec.decode(List.of("B-ORG", "I-LOC")));
    }

    @Test
    void ioTagsAndNameAtTheEnd() {
        assertEquals(List.of(new TokenSpan(1, 3, EntityType.MISC)), BioCodec.decode(List.of("O", "MISC", "MISC")));
    }

    @Test
    void encodeIsTheInverse() {
        List<String> labels = List.of("B-PERS", "I-PERS", "O", "B-LOC", "B-LOC");
        assertEquals(labels, BioCodec.encode(5, BioCodec.decode(labels)));
    }
}

package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.rules.SegmentationRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockSegmenterTest {

    private final BlockSegmenter segmenter = new BlockSegmenter(new SegmentationRules(Set.of(), Set.of(), Set.of(), 6));

    @Test
    void tellsLinesApartByTheirShape() {
        String body = """

                Brussels, 29 January 2026

                ## Background
                This is running text that ends with a full stop.
                2. **Strong borders**
                - A bullet.
                "A quotation," she said.
                [Factsheet](#)
                A long line without a full stop at the end of it at all
                """;
        List<Block> blocks = segmenter.blocks(body);
        assertEquals(List.of(BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.NUMBERED,
                BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.LINK, BlockKind.PARAGRAPH),
                blocks.stream().map(Block::kind).toList());
        Block numbered = blocks.get(3);
        assertEquals(2, numbered.number());
        assertEquals("**Strong borders**", body.substring(numbered.contentStart(), numbered.end()));
        assertEquals("Background", body.substring(blocks.get(1).contentStart(), blocks.get(1).end()));
        assertEquals("Brussels, 29 January 2026", body.substring(blocks.get(0).start(), blocks.get(0).end()));
    }
}

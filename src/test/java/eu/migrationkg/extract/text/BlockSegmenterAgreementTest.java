package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.rules.SegmentationRules;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.sources.markdown.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Blocks are cut one per line (flattened web pages rely on it), but where CommonMark sees a heading or
 * a list item the line reader must see the same: same start, kind, first word and item number.
 */
class BlockSegmenterAgreementTest {

    private final BlockSegmenter segmenter = new BlockSegmenter(SegmentationRules.EMPTY);

    private void agree(String body) {
        Map<Integer, Block> byStart = segmenter.blocks(body).stream()
                .collect(Collectors.toMap(Block::start, Function.identity()));
        for (Markdown.Block m : Markdown.of(body).blocks()) {
            BlockKind kind = switch (m.kind()) {
                case HEADING -> body.charAt(m.start()) == '#' ? BlockKind.HEADING : null; // a setext heading is two lines
                case LIST_ITEM -> BlockKind.LIST_ITEM;
                case NUMBERED -> BlockKind.NUMBERED;
                case PARAGRAPH -> null; // lines of running text: classified by their shape
            };
            if (kind == null) continue;
            Block b = byStart.get(m.start());
            String line = body.substring(m.start(), m.end());
            assertNotNull(b, "a block starts where CommonMark's does: " + line);
            assertEquals(kind, b.kind(), line);
            assertEquals(m.contentStart(), b.contentStart(), line);
            assertEquals(m.number(), b.number(), line);
        }
    }

    @Test
    void theSeedDocumentsAreCutAsCommonMarkReadsThem() throws Exception {
        SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            sources = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(sources.size() >= 2);
        int items = 0;
        for (Path p : sources) {
            String body = reader.read(p).body();
            agree(body);
            items += (int) Markdown.of(body).blocks().stream().filter(b -> b.kind() != Markdown.BlockKind.PARAGRAPH).count();
        }
        assertTrue(items > 10, "the seeds have headings and list items: " + items);
    }

    @Test
    void headingsBulletsAndNumberedItemsAsWritten() {
        agree("# Title\n\nSome text.\n\n- one\n- two **bold**\n\n3. three\n4. four\n\n## Next ##\n\n+ plus\n1) paren\n");
    }
}

package eu.migrationkg.ingest.text;

import eu.migrationkg.ingest.Clue;
import eu.migrationkg.ingest.ConvertedDocument;
import eu.migrationkg.ingest.IngestException;
import eu.migrationkg.ingest.IngestRules;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain text or Markdown, kept as it is (line endings made {@code \n}, trailing spaces removed): the
 * text is already what the extraction reads. Title (the first line), date line and identifier are read
 * from it; the rest comes from the command's options.
 */
public final class TextConverter {

    private final IngestRules rules;

    public TextConverter(IngestRules rules) {
        this.rules = rules;
    }

    public ConvertedDocument convert(byte[] bytes, String shown) throws IngestException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(shown + ": not UTF-8 text; save it as UTF-8 (or add the PDF or HTML it came from)");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            throw new IngestException(shown + ": already has a front matter, so it is a source already; "
                    + "copy it into data/sources/ as it is");
        }
        List<String> notes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) lines.add(l.stripTrailing());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        String body = String.join("\n", lines) + "\n";
        if (body.isBlank()) {
            throw new IngestException(shown + ": the file is empty; add a document with text");
        }
        Optional<Clue<String>> title = lines.stream().filter(l -> !l.isBlank()).findFirst()
                .map(l -> l.replaceFirst("^#+\\s*", "").strip()).map(t -> Clue.of(rules.cleanTitle(t), "its first line"));
        Optional<Clue<LocalDate>> published = Optional.empty();
        for (String l : lines) {
            Optional<LocalDate> d = rules.dateLine(l);
            if (d.isPresent()) {
                published = Optional.of(Clue.of(d.get(), "the date line \"" + l.strip() + "\""));
                break;
            }
        }
        Optional<Map.Entry<String, IngestRules.IdentifierRule>> id = rules.identifierIn(body);
        return new ConvertedDocument("text", title, published,
                id.map(e -> Clue.of(e.getKey(), "the text")),
                id.map(e -> Clue.of(e.getValue().kind(), "the identifier " + e.getKey())),
                Optional.empty(), Optional.empty(), body, List.copyOf(notes));
    }
}

package eu.migrationkg.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document turned into the Markdown the extraction reads, with what it says about itself. Each
 * metadata value is empty when the document does not give it; {@code notes} are the choices the
 * conversion made (what it left out, joined or assumed), printed by add.
 *
 * @param format     {@code html}, {@code pdf} or {@code text}: also the extension of the kept original
 * @param body       the text, in the Markdown of {@code data/sources/}
 */
public record ConvertedDocument(
        String format,
        Optional<Clue<String>> title,
        Optional<Clue<LocalDate>> published,
        Optional<Clue<String>> identifier,
        Optional<Clue<String>> kind,
        Optional<Clue<String>> language,
        Optional<Clue<URI>> url,
        String body,
        List<String> notes) {
}

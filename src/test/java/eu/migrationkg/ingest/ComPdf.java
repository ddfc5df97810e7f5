package eu.migrationkg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A Commission communication laid out as the Commission prints one (A4, the title-page block
 * "EUROPEAN COMMISSION / Brussels, 3.11.2027 / COM(2027) 455 final", numbered sections, a table, a
 * footnote, the running footer "EN n EN"), drawn with PDFBox so that the test owns every byte.
 */
public final class ComPdf {
    private ComPdf() {}

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    private static final float LINE = 14;

    /** The words of the document, as tests look for them in the converted text. */
    public static final String TITLE = "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL "
            + "on the implementation of the Pact on Migration and Asylum";
    public static final String HYPHENATED_JOINED = "operational support";
    public static final String FOOTNOTE = "Regulation (EU) 2024/1351 of the European Parliament and of the Council "
            + "of 14 May 2024 on asylum and migration management.";

    public static byte[] communication() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentCatalog().setLanguage("en");

            PDPage p1 = page(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                text(cs, BOLD, 12, 230, 110, "EUROPEAN COMMISSION");
                text(cs, REGULAR, 11, 400, 160, "Brussels, 3.11.2027");
                text(cs, REGULAR, 11, 400, 174, "COM(2027) 455 final");
                text(cs, BOLD, 14, LEFT, 320, "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL");
                text(cs, BOLD, 14, LEFT, 338, "on the implementation of the Pact on Migration and Asylum");
                footer(cs, 1);
            }

            PDPage p2 = page(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                float y = 100;
                text(cs, BOLD, 11, LEFT, y, "1. INTRODUCTION");
                y += 2 * LINE;
                text(cs, REGULAR, 11, LEFT, y, "The Pact on Migration and Asylum applies from 12 June 2026. Its rules on solidarity are set");
                y += LINE;
                float after = text(cs, REGULAR, 11, LEFT, y, "out in the Asylum and Migration Management Regulation");
                text(cs, REGULAR, 7, after, y - 4, "1");
                text(cs, REGULAR, 11, after + REGULAR.getStringWidth("1") / 1000 * 7, y, ". The Commission will provide opera-");
                y += LINE;
                text(cs, REGULAR, 11, LEFT, y, "tional support to Member States under pressure.");
                y += 2 * LINE;
                text(cs, BOLD, 11, LEFT, y, "2. FUNDING");
                y += 2 * LINE;
                text(cs, BOLD, 11, LEFT, y, "2.1 Amounts by instrument");
                y += 2 * LINE;
                text(cs, REGULAR, 11, LEFT, y, "The Union will mobilise EUR 3 billion for the implementation of the Pact in the period");
                y += LINE;
                text(cs, REGULAR, 11, LEFT, y, "2028-2034, as follows:");
                y += 2 * LINE;
                text(cs, BOLD, 11, LEFT, y, "Instrument");
                text(cs, BOLD, 11, 360, y, "Amount");
                y += LINE;
                text(cs, REGULAR, 11, LEFT, y, "Asylum, Migration and Integration Fund");
                text(cs, REGULAR, 11, 360, y, "EUR 2.5 billion");
                y += LINE;
                text(cs, REGULAR, 11, LEFT, y, "Border Management and Visa Instrument");
                text(cs, REGULAR, 11, 360, y, "EUR 500 million");
                y += 2 * LINE;
                text(cs, REGULAR, 11, LEFT, y, "The Entry/Exit System will be fully operational by 30 June 2028.");
                text(cs, REGULAR, 8, LEFT, 760, "1");
                text(cs, REGULAR, 8, LEFT + 8, 760, FOOTNOTE);
                footer(cs, 2);
            }

            PDPage p3 = page(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p3)) {
                float y = 100;
                text(cs, BOLD, 11, LEFT, y, "3. NEXT STEPS");
                y += 2 * LINE;
                text(cs, REGULAR, 11, LEFT, y, "The EU Talent Pool will be launched in March 2028. The Commission invites the");
                y += LINE;
                text(cs, REGULAR, 11, LEFT, y, "European Parliament and the Council to endorse this approach.");
                footer(cs, 3);
            }
            return bytes(doc);
        }
    }

    /** The same communication, locked with a password. */
    public static byte[] encrypted() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(communication())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        }
    }

    /** A scan: one page that is a picture, without any text. */
    public static byte[] imageOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 72, 72, 451, 698);
            }
            return bytes(doc);
        }
    }

    private static PDPage page(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    private static void footer(PDPageContentStream cs, int n) throws IOException {
        text(cs, REGULAR, 9, LEFT, 800, "EN");
        text(cs, REGULAR, 9, 295, 800, String.valueOf(n));
        text(cs, REGULAR, 9, 510, 800, "EN");
    }

    /** Draws a line with its top-down baseline at {@code top}; returns the x where it ends. */
    private static float text(PDPageContentStream cs, PDType1Font font, float size, float x, float top, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
        cs.showText(s);
        cs.endText();
        return x + font.getStringWidth(s) / 1000 * size;
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

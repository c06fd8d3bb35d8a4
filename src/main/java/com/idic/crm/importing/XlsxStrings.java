package com.idic.crm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table (the text of its cells, each distinct text once), read with a
 * cap on the total characters. Sheet cells refer to it by position, so it has to be held while the
 * sheet streams; POI's own reader holds it without limit, so a file within the upload limit could
 * still take gigabytes of heap. Beyond the cap the file is refused (CSV has no such table).
 * Phonetic runs ({@code rPh}) are left out, as Excel shows them only as ruby text.
 */
final class XlsxStrings implements SharedStrings {

    /** The table has more text than {@code maxCharacters}. */
    static final class TooMuchTextException extends RuntimeException {
        TooMuchTextException(long maxCharacters) {
            super("Shared strings exceed " + maxCharacters + " characters");
        }
    }

    private final List<String> strings;

    private XlsxStrings(List<String> strings) {
        this.strings = strings;
    }

    static XlsxStrings read(OPCPackage workbook, long maxCharacters) throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler(maxCharacters);
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(in));
            }
        }
        return new XlsxStrings(handler.strings);
    }

    @Override
    public RichTextString getItemAt(int index) {
        return new XSSFRichTextString(strings.get(index));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private static final class Handler extends DefaultHandler {
        private final long maxCharacters;
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private long characters;
        private boolean inItem;
        private boolean inText;
        private boolean inPhonetic;

        Handler(long maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "t" -> inText = inItem;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    inItem = false;
                    strings.add(text.toString());
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                characters += length;
                if (characters > maxCharacters) {
                    throw new TooMuchTextException(maxCharacters);
                }
                text.append(ch, start, length);
            }
        }
    }
}

package crmgraph.document;

/**
 * One physical line of text on a PDF page, with the geometry the layout rules need.
 *
 * @param page           1-based page number
 * @param number         1-based index of the line on its page, in reading order (furniture included)
 * @param y              baseline, in points from the top of the page
 * @param x              left edge of the first glyph
 * @param textX          left edge of the text after a list marker (the first glyph's when there is no marker)
 * @param right          right edge of the last glyph
 * @param firstWordWidth width of the line's first word after any marker: would it have fitted on the line above?
 * @param size           the font size covering most of the line's characters, in points
 * @param bold           whether (nearly) all the line's characters are set in a bold face
 * @param pageHeight     the height of the page, in points
 * @param text           the line's text, runs of spaces collapsed
 */
record PdfLine(
        int page,
        int number,
        float y,
        float x,
        float textX,
        float right,
        float firstWordWidth,
        float size,
        boolean bold,
        float pageHeight,
        String text) {

    /** The position a student can find this line by. */
    crmgraph.read.Position position() {
        return new crmgraph.read.Position("page " + page, "line", number);
    }

    int words() {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}

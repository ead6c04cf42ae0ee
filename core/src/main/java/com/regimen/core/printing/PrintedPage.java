package com.regimen.core.printing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/**
 * An XHTML page under construction, in Arabic (right to left) or English. Built as a DOM, so every
 * value is escaped by the XML library; the same DOM becomes the browser's page and the PDF.
 */
public final class PrintedPage {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document document;
    private final Element body;
    private final String language;

    private PrintedPage(Document document, Element body, String language) {
        this.document = document;
        this.body = body;
        this.language = language;
    }

    /**
     * @param style CSS 2.1 (what the PDF renderer reads has no start/end), with START and END standing
     *              for the sides the language reads from and to
     */
    public static PrintedPage start(String language, String title, String style) {
        String lang = "ar".equals(language) ? "ar" : "en";
        Document page = newDocument();
        Element html = page.createElementNS(XHTML, "html");
        html.setAttribute("lang", lang);
        html.setAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
        page.appendChild(html);
        Element head = child(html, "head");
        child(head, "meta").setAttribute("charset", "UTF-8");
        text(child(head, "title"), title);
        text(child(head, "style"), "ar".equals(lang)
                ? style.replace("START", "right").replace("END", "left")
                : style.replace("START", "left").replace("END", "right"));
        return new PrintedPage(page, child(html, "body"), lang);
    }

    public String language() {
        return language;
    }

    public boolean rightToLeft() {
        return "ar".equals(language);
    }

    public Element body() {
        return body;
    }

    public Document document() {
        return document;
    }

    /** A new element at the end of {@code parent}. */
    public static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(XHTML, name);
        parent.appendChild(element);
        return element;
    }

    /** A new element with text at the end of {@code parent}. */
    public static Element child(Element parent, String name, String value) {
        Element element = child(parent, name);
        text(element, value);
        return element;
    }

    public static void text(Element element, String value) {
        // No empty text nodes: the PDF renderer's bidi pass finds no run in one and fails.
        if (value != null && !value.isEmpty()) {
            element.appendChild(element.getOwnerDocument().createTextNode(value));
        }
    }

    /** The page as XHTML text, for the browser's print dialog. */
    public static String xhtml(Document page) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            out.write("<!DOCTYPE html>\n");
            transformer.transform(new DOMSource(page), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the page", e);
        }
    }

    public String xhtml() {
        return xhtml(document);
    }

    public byte[] pdf() {
        return PagePdf.render(document, rightToLeft());
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package jp.medsec.lms.quiz.interchange;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small element tree read with StAX, keeping each element's line (DOM forgets them, and errors must say where).
 * The parser is the JDK's own, with DTDs and external entities switched off: a file that declares a DOCTYPE is
 * refused outright ({@link DoctypeException}), so XXE and entity-expansion attacks have nothing to work with.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** The file declared a DOCTYPE. */
    static final class DoctypeException extends Exception {
        final int line;

        DoctypeException(int line) {
            super("DOCTYPE");
            this.line = line;
        }
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    static XmlNode parse(InputStream in) throws XMLStreamException, DoctypeException {
        XMLStreamReader r = secureFactory().createXMLStreamReader(in);
        try {
            Deque<XmlNode> open = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new DoctypeException(r.getLocation().getLineNumber());
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        XmlNode node = new XmlNode(r.getLocalName(), attributes, r.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = node;
                        } else {
                            open.peek().children.add(node);
                        }
                        open.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                            "Undeclared entity &" + r.getLocalName() + ";", r.getLocation());
                    default -> {
                        // Comments and processing instructions carry no content.
                    }
                }
            }
            return root;
        } finally {
            r.close();
        }
    }

    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of {@code <childName>}, or {@code fallback} when absent. */
    String childText(String childName, String fallback) {
        return child(childName).map(XmlNode::text).orElse(fallback);
    }

    /** The text of {@code <childName><text>...</text></childName>}, Moodle's usual wrapping. */
    String wrappedText(String childName) {
        return child(childName).map(c -> c.childText("text", "")).orElse("");
    }

    String text() {
        return text.toString();
    }

    /** Whether any element below this one is called {@code descendantName}. */
    boolean has(String descendantName) {
        return children.stream().anyMatch(c -> c.name.equals(descendantName) || c.has(descendantName));
    }
}

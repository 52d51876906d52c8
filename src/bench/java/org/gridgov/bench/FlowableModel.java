package org.gridgov.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Flowable copy of a GridGov model, generated at bench run time from the same source file
 * ({@code processes/case-handling.bpmn}); nothing converted is kept in the repository.
 * Translations, each one the Camunda element or attribute and what Flowable gets instead:
 * <ul>
 * <li>namespace {@code http://camunda.org/schema/1.0/bpmn} becomes {@code http://flowable.org/bpmn};
 * {@code camunda:delegateExpression}, {@code candidateGroups}, {@code dueDate}, {@code collection},
 * {@code elementVariable}, {@code initiator} keep their name and value in the Flowable namespace;</li>
 * <li>{@code camunda:asyncBefore="true"} becomes {@code flowable:async="true"} (Flowable's async
 * continuation before the activity);</li>
 * <li>{@code camunda:formRef} becomes {@code flowable:formKey} with the same form id, and
 * {@code camunda:formRefBinding} is dropped: Flowable has no Camunda Forms, the key is a label only
 * (the benchmark completes tasks through the Java API, no form is rendered on either engine);</li>
 * <li>{@code camunda:historyTimeToLive} is dropped (Flowable has no such attribute);</li>
 * <li>{@code camunda:taskListener} and {@code camunda:executionListener} become
 * {@code flowable:taskListener} / {@code flowable:executionListener} with the same event and delegate
 * expression;</li>
 * <li>{@code camunda:inputOutput} (input parameters only: a name and an optional {@code ${...}}
 * value) becomes a {@code flowable:executionListener} on {@code start} that sets the same local
 * variables, see {@link InputMapping}; on a multi-instance activity it runs per instance, as
 * Camunda's mapping does;</li>
 * <li>business rule tasks ({@code camunda:decisionRef}) and anything else Camunda-only, such as
 * output parameters, connectors, scripts or form fields, fail the conversion: the case chain has none
 * (its decisions are evaluated inside GridGov's delegates, see docs/benchmarks.md).</li>
 * </ul>
 * The diagram interchange is kept unchanged.
 */
final class FlowableModel {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String FLOWABLE_NS = "http://flowable.org/bpmn";

  /** Camunda attributes that Flowable has under the same name. */
  private static final Set<String> SAME_NAME = Set.of("delegateExpression", "candidateGroups", "dueDate",
      "collection", "elementVariable", "initiator");

  /** The local variables one converted {@code camunda:inputOutput} sets: name to expression (or null). */
  record InputMapping(String beanName, Map<String, String> parameters) {
  }

  final String xml;
  final List<InputMapping> inputMappings;
  /** Every {@code ${bean}} delegate expression of the model, for the adapters to provide. */
  final Set<String> delegateBeans;

  private FlowableModel(String xml, List<InputMapping> inputMappings, Set<String> delegateBeans) {
    this.xml = xml;
    this.inputMappings = inputMappings;
    this.delegateBeans = delegateBeans;
  }

  static FlowableModel convert(InputStream camundaBpmn) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document doc = factory.newDocumentBuilder().parse(camundaBpmn);
    List<InputMapping> mappings = new ArrayList<>();
    Set<String> beans = new LinkedHashSet<>();
    convertElement(doc, doc.getDocumentElement(), mappings, beans);
    Element root = doc.getDocumentElement();
    root.removeAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "camunda");
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:flowable", FLOWABLE_NS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.transform(new DOMSource(doc), new StreamResult(out));
    return new FlowableModel(out.toString(java.nio.charset.StandardCharsets.UTF_8), mappings, beans);
  }

  private static void convertElement(Document doc, Element element, List<InputMapping> mappings, Set<String> beans) {
    convertAttributes(element, beans);
    List<Element> children = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child) {
        children.add(child);
      }
    }
    for (Element child : children) {
      if (!CAMUNDA_NS.equals(child.getNamespaceURI())) {
        convertElement(doc, child, mappings, beans);
        continue;
      }
      switch (child.getLocalName()) {
        case "taskListener", "executionListener" -> {
          Element listener = doc.createElementNS(FLOWABLE_NS, "flowable:" + child.getLocalName());
          for (Attr attr : attributes(child)) {
            if (attr.getNamespaceURI() != null || !Set.of("event", "delegateExpression").contains(attr.getName())) {
              throw unsupported(child, "attribute " + attr.getName() + " of " + child.getLocalName());
            }
            listener.setAttribute(attr.getName(), attr.getValue());
          }
          beans.add(beanName(child.getAttribute("delegateExpression"), child));
          element.replaceChild(listener, child);
        }
        case "inputOutput" -> {
          Element owner = (Element) element.getParentNode();
          String bean = "inputMapping_" + owner.getAttribute("id");
          Map<String, String> parameters = new LinkedHashMap<>();
          for (Element parameter : elements(child)) {
            if (!parameter.getLocalName().equals("inputParameter") || !elements(parameter).isEmpty()) {
              throw unsupported(parameter, parameter.getLocalName() + " (only plain input parameters are translated)");
            }
            String value = parameter.getTextContent().trim();
            parameters.put(parameter.getAttribute("name"), value.isEmpty() ? null : value);
          }
          Element listener = doc.createElementNS(FLOWABLE_NS, "flowable:executionListener");
          listener.setAttribute("event", "start");
          listener.setAttribute("delegateExpression", "${" + bean + "}");
          element.replaceChild(listener, child);
          mappings.add(new InputMapping(bean, parameters));
        }
        default -> throw unsupported(child, "element camunda:" + child.getLocalName());
      }
    }
  }

  private static void convertAttributes(Element element, Set<String> beans) {
    for (Attr attr : attributes(element)) {
      if (!CAMUNDA_NS.equals(attr.getNamespaceURI())) {
        continue;
      }
      String name = attr.getLocalName();
      element.removeAttributeNode(attr);
      if (SAME_NAME.contains(name)) {
        element.setAttributeNS(FLOWABLE_NS, "flowable:" + name, attr.getValue());
        if (name.equals("delegateExpression")) {
          beans.add(beanName(attr.getValue(), element));
        }
      } else if (name.equals("asyncBefore")) {
        element.setAttributeNS(FLOWABLE_NS, "flowable:async", attr.getValue());
      } else if (name.equals("formRef")) {
        element.setAttributeNS(FLOWABLE_NS, "flowable:formKey", attr.getValue());
      } else if (!name.equals("formRefBinding") && !name.equals("historyTimeToLive")) {
        throw unsupported(element, "attribute camunda:" + name);
      }
    }
  }

  private static String beanName(String expression, Element where) {
    if (!expression.matches("\\$\\{[A-Za-z][A-Za-z0-9_]*}")) {
      throw unsupported(where, "delegate expression " + expression + " (only ${beanName})");
    }
    return expression.substring(2, expression.length() - 1);
  }

  private static List<Attr> attributes(Element element) {
    List<Attr> list = new ArrayList<>();
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      list.add((Attr) element.getAttributes().item(i));
    }
    return list;
  }

  private static List<Element> elements(Element parent) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }

  private static IllegalStateException unsupported(Element where, String what) {
    Node owner = where;
    while (owner instanceof Element e && e.getAttribute("id").isEmpty()) {
      owner = e.getParentNode();
    }
    String id = owner instanceof Element e ? e.getAttribute("id") : "?";
    return new IllegalStateException("no Flowable translation for " + what + " at " + id);
  }
}

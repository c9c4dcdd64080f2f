package id.intervensi.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads one JUEL expression as the engine will (with Camunda's own parser) and names everything in
 * it that is outside {@link ModelVocabulary}. The type of a process variable is not known before it
 * runs, so a method called on a variable must be one of the value methods of the vocabulary, and
 * properties that lead out of the data (class, processEngine, ...) are refused by name; the
 * engine's resolver checks the real type again when the expression runs.
 */
final class JuelVocabulary {

  private static final Builder PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  /** Properties that lead from data to the engine or to Java itself. */
  static final Set<String> FORBIDDEN_PROPERTIES =
      Set.of(
          "class",
          "classLoader",
          "declaringClass",
          "module",
          "processEngine",
          "processEngineServices",
          "processEngineConfiguration",
          "runtime",
          "superExecution",
          "processInstance",
          "parent",
          "execution",
          "bpmnModelInstance",
          "bpmnModelElementInstance",
          "caseExecution");

  /**
   * UNKNOWN: a name already reported as not the app's; what is called on it is not reported again.
   */
  private enum Kind {
    EXECUTION,
    TASK,
    DECISION_RESULT,
    BEAN,
    VALUE,
    UNKNOWN
  }

  private record Typed(Kind kind, String bean) {
    static final Typed VALUE = new Typed(Kind.VALUE, null);
    static final Typed UNKNOWN = new Typed(Kind.UNKNOWN, null);
  }

  private final ModelVocabulary vocabulary;
  private final Set<String> knownVariables;
  private final List<String> problems = new ArrayList<>();
  private final String expression;

  private JuelVocabulary(
      ModelVocabulary vocabulary, Set<String> knownVariables, String expression) {
    this.vocabulary = vocabulary;
    this.knownVariables = knownVariables;
    this.expression = expression;
  }

  /**
   * What is wrong with {@code ${body}}, each as a sentence in Bahasa Indonesia naming the
   * expression.
   *
   * @param knownVariables variables the models declare: a name called as an object that is neither
   *     one of them nor a bean of the app is reported as a missing bean
   */
  static List<String> problemsIn(
      String body, ModelVocabulary vocabulary, Set<String> knownVariables) {
    JuelVocabulary check = new JuelVocabulary(vocabulary, knownVariables, "${" + body.trim() + "}");
    try {
      check.walk((AstNode) PARSER.build("${" + body + "}").getRoot());
    } catch (TreeBuilderException e) {
      check.problem("tidak bisa dibaca sebagai ekspresi JUEL.");
    }
    return check.problems;
  }

  private void problem(String what) {
    String sentence = "ekspresi " + expression + " " + what;
    if (!problems.contains(sentence)) {
      problems.add(sentence);
    }
  }

  private Typed walk(AstNode node) {
    if (node instanceof AstIdentifier identifier) {
      return identifier(identifier.getName(), false);
    }
    if (node instanceof AstMethod method) {
      return method(method);
    }
    if (node instanceof AstProperty property) {
      return property(property);
    }
    if (node instanceof AstFunction function) {
      if (!ModelVocabulary.FUNCTIONS.contains(function.getName())) {
        problem("memakai fungsi '" + function.getName() + "', yang tidak termasuk kosakata model.");
      }
    }
    walkChildren(node);
    return Typed.VALUE;
  }

  private void walkChildren(AstNode node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      walk((AstNode) node.getChild(i));
    }
  }

  private Typed identifier(String name, boolean calledAsObject) {
    switch (name) {
      case "execution" -> {
        return new Typed(Kind.EXECUTION, null);
      }
      case "task" -> {
        return new Typed(Kind.TASK, null);
      }
      case "decisionResult" -> {
        return new Typed(Kind.DECISION_RESULT, null);
      }
      default -> {}
    }
    if (ModelVocabulary.ENGINE_NAMES.contains(name) || knownVariables.contains(name)) {
      return Typed.VALUE;
    }
    if (vocabulary.beanNames().contains(name)) {
      return new Typed(Kind.BEAN, name);
    }
    if (vocabulary.isHiddenBean(name)) {
      problem("memakai '" + name + "', bagian dalam aplikasi yang tidak boleh dipakai model.");
      return Typed.UNKNOWN;
    }
    if (calledAsObject) {
      problem(
          "memanggil '"
              + name
              + "', tetapi aplikasi tidak punya bean '"
              + name
              + "' dan tidak ada variabel proses '"
              + name
              + "'.");
      return Typed.UNKNOWN;
    }
    return Typed.VALUE;
  }

  private Typed target(AstNode prefix) {
    return prefix instanceof AstIdentifier identifier
        ? identifier(identifier.getName(), true)
        : walk(prefix);
  }

  private Typed method(AstMethod method) {
    AstProperty property = (AstProperty) method.getChild(0);
    walkChildren((AstNode) method.getChild(1));
    Typed base = target(property.getChild(0));
    String name = propertyName(property);
    if (name == null) {
      problem(
          "memanggil metode yang namanya dihitung saat berjalan; tulis nama metodenya langsung.");
      return Typed.VALUE;
    }
    if (base.kind() != Kind.UNKNOWN && !allowedMethods(base).contains(name)) {
      problem(
          "memanggil metode '"
              + name
              + "' pada "
              + describe(base)
              + ", yang tidak termasuk kosakata model.");
    }
    return Typed.VALUE;
  }

  private Typed property(AstProperty property) {
    if (property instanceof AstBracket) {
      walk(property.getChild(1));
    }
    Typed base = walk(property.getChild(0));
    String name = propertyName(property);
    if (base.kind() == Kind.VALUE
        || base.kind() == Kind.DECISION_RESULT
        || base.kind() == Kind.UNKNOWN) {
      if (name != null && FORBIDDEN_PROPERTIES.contains(name)) {
        problem("membaca properti '" + name + "', yang membawa keluar dari data kasus.");
      }
      return Typed.VALUE;
    }
    if (name == null || name.isEmpty()) {
      problem(
          "membaca properti dengan nama yang dihitung saat berjalan dari " + describe(base) + ".");
      return Typed.VALUE;
    }
    if (!ModelVocabulary.hasGetter(name, allowedMethods(base)::contains)) {
      problem(
          "membaca properti '"
              + name
              + "' dari "
              + describe(base)
              + ", yang tidak termasuk kosakata model.");
    }
    return Typed.VALUE;
  }

  private Set<String> allowedMethods(Typed base) {
    return switch (base.kind()) {
      case EXECUTION -> ModelVocabulary.EXECUTION;
      case TASK -> ModelVocabulary.TASK;
      case BEAN -> vocabulary.methodsOfBean(base.bean());
      case DECISION_RESULT, VALUE, UNKNOWN -> ModelVocabulary.VALUE_METHODS;
    };
  }

  private static String describe(Typed base) {
    return switch (base.kind()) {
      case EXECUTION -> "execution";
      case TASK -> "task";
      case DECISION_RESULT -> "decisionResult";
      case BEAN -> "bean '" + base.bean() + "'";
      case VALUE, UNKNOWN -> "nilai variabel";
    };
  }

  /** "name" of {@code x.name} or {@code x['name']}; null when the name is computed. */
  private static String propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      return dot.toString().substring(2);
    }
    AstNode name = property.getChild(1);
    if (name instanceof AstString || name instanceof AstNumber) {
      return String.valueOf(name.eval(null, null));
    }
    return null;
  }
}

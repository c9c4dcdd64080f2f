package id.intervensi.modeling;

import id.intervensi.cycle.UsableInModels;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.joda.time.DateTime;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What an expression in a deployed model may say (docs/expression-vocabulary.md for managers).
 * Deploying a model is running code on the server, so a model may only read and write process
 * variables, call the few {@code execution}, {@code task} and {@code decisionResult} methods listed
 * here, read values (strings, numbers, dates, lists, maps, JSON), call the engine's functions
 * listed here, and use the app's beans marked {@link UsableInModels}. No reflection, class loading,
 * engine services or other beans: the deployment check ({@link ExpressionVocabularyCheck}) and the
 * engine's expression resolver ({@link VocabularyElResolver}) both ask this class, so they never
 * disagree.
 */
@Component
public class ModelVocabulary {

  /** Names the engine itself puts in an expression's context. */
  static final Set<String> ENGINE_NAMES =
      Set.of(
          "execution",
          "task",
          "decisionResult",
          "authenticatedUserId",
          "loopCounter",
          "nrOfInstances",
          "nrOfActiveInstances",
          "nrOfCompletedInstances");

  /**
   * Functions of the engine and of Spin: now(), dateTime(), currentUser(), currentUserGroups(),
   * S(json), JSON(json).
   */
  static final Set<String> FUNCTIONS =
      Set.of("now", "dateTime", "currentUser", "currentUserGroups", "S", "JSON");

  private static final Set<String> VARIABLES =
      Set.of(
          "getVariable",
          "getVariableLocal",
          "hasVariable",
          "hasVariableLocal",
          "hasVariables",
          "getVariableNames",
          "getVariableNamesLocal",
          "setVariable",
          "setVariableLocal");

  static final Set<String> EXECUTION =
      union(
          VARIABLES,
          Set.of(
              "getId",
              "getProcessInstanceId",
              "getProcessBusinessKey",
              "getBusinessKey",
              "getProcessDefinitionId",
              "getCurrentActivityId",
              "getCurrentActivityName",
              "getActivityInstanceId",
              "getEventName",
              "getTenantId"));

  static final Set<String> TASK =
      union(
          VARIABLES,
          Set.of(
              "getId",
              "getName",
              "getDescription",
              "getAssignee",
              "getOwner",
              "getTaskDefinitionKey",
              "getProcessInstanceId",
              "getProcessDefinitionId",
              "getExecutionId",
              "getCreateTime",
              "getDueDate",
              "getFollowUpDate",
              "getPriority",
              "getEventName",
              "getTenantId"));

  static final Set<String> DECISION_RESULT =
      Set.of(
          "getSingleResult",
          "getFirstResult",
          "getResultList",
          "collectEntries",
          "getSingleEntry",
          "getFirstEntry",
          "getEntry",
          "getEntryMap",
          "size",
          "isEmpty",
          "get",
          "containsKey");

  /** Reading values: what a condition or a mapping does with a variable. */
  private static final Map<Class<?>, Set<String>> VALUE_TYPES = valueTypes();

  /** Methods of the values above, for the deployment check that cannot know a variable's type. */
  static final Set<String> VALUE_METHODS =
      VALUE_TYPES.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  private final ApplicationContext applicationContext;
  private volatile Set<String> beanNames;
  private final Map<Class<?>, Set<String>> beanMethods = new ConcurrentHashMap<>();

  public ModelVocabulary(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  private static Map<Class<?>, Set<String>> valueTypes() {
    Map<Class<?>, Set<String>> types = new LinkedHashMap<>();
    types.put(DmnDecisionResult.class, DECISION_RESULT);
    types.put(DmnDecisionResultEntries.class, DECISION_RESULT);
    types.put(
        SpinJsonNode.class,
        Set.of(
            "prop",
            "hasProp",
            "elements",
            "stringValue",
            "numberValue",
            "boolValue",
            "isNull",
            "isString",
            "isNumber",
            "isBoolean",
            "isArray",
            "isObject",
            "isValue",
            "value",
            "fieldNames"));
    types.put(
        CharSequence.class,
        Set.of(
            "length",
            "isEmpty",
            "isBlank",
            "trim",
            "strip",
            "toUpperCase",
            "toLowerCase",
            "startsWith",
            "endsWith",
            "contains",
            "equals",
            "equalsIgnoreCase",
            "substring",
            "indexOf",
            "compareTo"));
    types.put(Collection.class, Set.of("size", "isEmpty", "contains", "get", "indexOf"));
    types.put(Map.class, Set.of("size", "isEmpty", "containsKey", "get", "getOrDefault"));
    types.put(Number.class, Set.of("intValue", "longValue", "doubleValue", "compareTo", "equals"));
    types.put(Boolean.class, Set.of("booleanValue", "equals"));
    types.put(Date.class, Set.of("getTime", "before", "after", "compareTo", "equals"));
    types.put(
        DateTime.class,
        Set.of(
            "plusDays",
            "plusWeeks",
            "plusMonths",
            "plusYears",
            "plusHours",
            "minusDays",
            "minusWeeks",
            "minusMonths",
            "minusYears",
            "minusHours",
            "toDate",
            "isBefore",
            "isAfter",
            "isBeforeNow",
            "isAfterNow"));
    return types;
  }

  /** The app's beans a model may name: Spring beans whose class carries {@link UsableInModels}. */
  public Set<String> beanNames() {
    Set<String> names = beanNames;
    if (names == null) {
      names =
          Set.copyOf(
              Arrays.asList(applicationContext.getBeanNamesForAnnotation(UsableInModels.class)));
      beanNames = names;
    }
    return names;
  }

  /**
   * True for a bean the app has but does not offer to models (identityService, dataSource, ...).
   */
  boolean isHiddenBean(String name) {
    return !beanNames().contains(name) && applicationContext.containsBean(name);
  }

  Object bean(String name) {
    return beanNames().contains(name) ? applicationContext.getBean(name) : null;
  }

  /** The methods a model may call on the named bean. */
  Set<String> methodsOfBean(String name) {
    Class<?> type = applicationContext.getType(name);
    return type == null ? Set.of() : methodsOf(ClassUtils.getUserClass(type));
  }

  /** May an expression call {@code base.method(...)}? */
  boolean mayCall(Object base, String method) {
    if (base instanceof DelegateExecution) {
      return EXECUTION.contains(method);
    }
    if (base instanceof DelegateTask) {
      return TASK.contains(method);
    }
    for (Map.Entry<Class<?>, Set<String>> type : VALUE_TYPES.entrySet()) {
      if (type.getKey().isInstance(base) && type.getValue().contains(method)) {
        return true;
      }
    }
    return methodsOf(ClassUtils.getUserClass(base)).contains(method);
  }

  /**
   * May an expression read {@code base.property} or {@code base['property']}? Keys and indexes of
   * data, and the getters above.
   */
  boolean mayRead(Object base, Object property) {
    if (base instanceof Map<?, ?> || base instanceof List<?> || base.getClass().isArray()) {
      return true;
    }
    return property instanceof String name && hasGetter(name, method -> mayCall(base, method));
  }

  /**
   * Is {@code property} read through a method that {@code allowed} accepts? A JavaBean property is
   * read through its getter, {@code name} through {@code getName()} or {@code isName()}; both the
   * deployment check and the running resolver go by this, so they never disagree.
   */
  static boolean hasGetter(String property, Predicate<String> allowed) {
    if (property == null || property.isEmpty()) {
      return false;
    }
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return allowed.test("get" + capitalized) || allowed.test("is" + capitalized);
  }

  /** Methods of an app class marked {@link UsableInModels} that carry the annotation themselves. */
  private Set<String> methodsOf(Class<?> type) {
    return beanMethods.computeIfAbsent(
        type,
        t ->
            t.isAnnotationPresent(UsableInModels.class)
                ? Stream.of(t.getMethods())
                    .filter(m -> m.isAnnotationPresent(UsableInModels.class))
                    .filter(m -> !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new))
                : Set.of());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }
}

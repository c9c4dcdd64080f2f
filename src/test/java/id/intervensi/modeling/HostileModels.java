package id.intervensi.modeling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of models a manager's account could deploy to take over the server or the role
 * matrix, each as Camunda Modeler would send it. Every payload aims at evidence a test can look
 * for: a file written by an operating-system command, a membership of camunda-admin, a system
 * property, a variable named {@code pwned}. See {@link HostileModelsRestTest} (refused at
 * deployment) and {@link HostileModelsRuntimeTest} (refused by the engine when planted past the
 * deployment check).
 */
final class HostileModels {

  static final Path FILE =
      Path.of(
          System.getProperty("java.io.tmpdir"),
          "intervensi-hostile-" + ProcessHandle.current().pid());
  static final String PROPERTY = "intervensi.hostile";

  /** What makes the engine run the model once it is deployed. */
  enum Trigger {
    START,
    EVALUATE,
    HIDE_CONDITION,
    NONE
  }

  /**
   * @param element the element the refusal must name (null: the whole file)
   * @param reason a fragment of the refusal message
   * @param key the process or decision key to start or evaluate, or the hide condition
   */
  record Hostile(
      String name, ModelFiles files, String element, String reason, Trigger trigger, String key) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String EXEC =
      "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
          + ".exec('touch "
          + FILE
          + "')";
  static final String EXEC_FROM_EXECUTION =
      "execution.getClass().forName('java.lang.Runtime')"
          + ".getMethod('getRuntime').invoke(null).exec('touch "
          + FILE
          + "')";
  static final String MEMBER =
      "execution.getProcessEngineServices().getIdentityService()"
          + ".createMembership('manajer1', 'camunda-admin')";
  static final String MEMBER_AS_VARIABLE = "execution.setVariable('pwned', " + MEMBER + ")";
  static final String TASK_MEMBER =
      "task.getProcessEngineServices().getIdentityService()"
          + ".createMembership('manajer1', 'camunda-admin')";
  static final String FEEL_JAVA =
      "{f: function(k, v) external {java: {class: \"java.lang.System\", "
          + "method signature: \"setProperty(java.lang.String, java.lang.String)\"}}, r: f(\""
          + PROPERTY
          + "\", \"feel\")}.r";
  private static final String CLASS = HostileDelegate.class.getName();
  private static final String USER_TASK =
      "<bpmn:userTask id=\"Task_Hostile\" name=\"Tugas\" camunda:formRef=\"referral\" "
          + "camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"social-workers\"";

  private HostileModels() {}

  static List<Hostile> all() {
    List<Hostile> all = new ArrayList<>();
    // expressions that reach Java or the engine
    all.add(
        task(
            "service-task-runtime-exec",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${"
                + EXEC_FROM_EXECUTION
                + "}\" />",
            "'getClass'"));
    all.add(
        task(
            "service-task-literal-exec",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${" + EXEC + "}\" />",
            "'getClass'"));
    all.add(
        task(
            "service-task-engine-services",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${"
                + MEMBER_AS_VARIABLE
                + "}\" />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "start-listener",
            listener(
                "<bpmn:task id=\"Task_Hostile\">",
                "expression=\"${" + MEMBER + "}\" event=\"start\"",
                "</bpmn:task>"),
            "'getProcessEngineServices'"));
    all.add(
        task(
            "end-listener-property-chain",
            listener(
                "<bpmn:task id=\"Task_Hostile\">",
                "expression=\"${execution.processEngineServices.identityService.createMembership('manajer1', 'camunda-admin')}\" "
                    + "event=\"end\"",
                "</bpmn:task>"),
            "'processEngineServices'"));
    all.add(
        task(
            "bracket-chain",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${execution['processEngineServices']"
                + "['identityService'].createMembership('manajer1', 'camunda-admin')}\" />",
            "'processEngineServices'"));
    all.add(
        task(
            "class-property",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${''.class.forName("
                + "'java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + FILE
                + "')}\" />",
            "'class'"));
    all.add(
        task(
            "identity-service-bean",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${identityService"
                + ".createMembership('manajer1', 'camunda-admin')}\" />",
            "'identityService'"));
    all.add(
        task(
            "process-engine-bean",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${processEngine"
                + ".identityService.createMembership('manajer1', 'camunda-admin')}\" />",
            "'createMembership'"));
    all.add(
        task(
            "data-source-bean",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${dataSource"
                + ".getConnection().createStatement().execute('DROP ALL OBJECTS')}\" />",
            "'dataSource'"));
    all.add(
        task(
            "runtime-service-delegate",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:delegateExpression=\"${runtimeService}\" />",
            "'runtimeService'"));
    all.add(
        task(
            "app-bean-reflection",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${dueDates.getClass()"
                + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + FILE
                + "')}\" />",
            "'getClass'"));
    all.add(
        task(
            "app-bean-unlisted-method",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:expression=\"${caseClosureListener"
                + ".notify(execution)}\" />",
            "'notify'"));
    all.add(
        task(
            "task-listener",
            USER_TASK
                + "><bpmn:extensionElements><camunda:taskListener expression=\"${"
                + TASK_MEMBER
                + "}\" event=\"create\" /></bpmn:extensionElements></bpmn:userTask>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "input-parameter",
            "<bpmn:task id=\"Task_Hostile\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"x\">${"
                + MEMBER
                + "}</camunda:inputParameter></camunda:inputOutput>"
                + "</bpmn:extensionElements></bpmn:task>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "output-parameter",
            "<bpmn:task id=\"Task_Hostile\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:outputParameter name=\"pwned\">${"
                + MEMBER
                + "}</camunda:outputParameter></camunda:inputOutput>"
                + "</bpmn:extensionElements></bpmn:task>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "timer-duration",
            "<bpmn:intermediateCatchEvent id=\"Task_Hostile\"><bpmn:timerEventDefinition>"
                + "<bpmn:timeDuration>${"
                + MEMBER
                + "}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "conditional-event",
            "<bpmn:intermediateCatchEvent id=\"Task_Hostile\"><bpmn:conditionalEventDefinition>"
                + "<bpmn:condition>${"
                + MEMBER
                + " == null}</bpmn:condition></bpmn:conditionalEventDefinition>"
                + "</bpmn:intermediateCatchEvent>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "assignee",
            USER_TASK.replace(
                    "camunda:candidateGroups=\"social-workers\"",
                    "camunda:assignee=\"${" + MEMBER + "}\"")
                + " />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "candidate-groups",
            USER_TASK.replace("\"social-workers\"", "\"${" + MEMBER + "}\"") + " />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "task-name",
            USER_TASK.replace("name=\"Tugas\"", "name=\"${" + MEMBER + "}\"") + " />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "due-date",
            USER_TASK + " camunda:dueDate=\"${" + MEMBER + "}\" />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "priority",
            USER_TASK + " camunda:priority=\"${" + MEMBER + "}\" />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "multi-instance-collection",
            "<bpmn:task id=\"Task_Hostile\"><bpmn:multiInstanceLoopCharacteristics "
                + "camunda:collection=\"${"
                + MEMBER
                + "}\" camunda:elementVariable=\"item\" /></bpmn:task>",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "called-element",
            "<bpmn:callActivity id=\"Task_Hostile\" calledElement=\"${" + MEMBER + "}\" />",
            "'getProcessEngineServices'"));
    all.add(
        task(
            "decision-ref",
            "<bpmn:businessRuleTask id=\"Task_Hostile\" camunda:decisionRef=\"${"
                + MEMBER
                + "}\" camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"r\" />",
            "'getProcessEngineServices'"));
    all.add(
        hostile(
            "message-name",
            process(
                "message-name",
                "<bpmn:receiveTask id=\"Task_Hostile\" messageRef=\"Message_Hostile\" />",
                "<bpmn:message id=\"Message_Hostile\" name=\"${" + MEMBER + "}\" />"),
            "Message_Hostile",
            "'getProcessEngineServices'",
            Trigger.START));
    all.add(
        hostile(
            "sequence-flow-condition",
            gateway(
                "sequence-flow-condition",
                "<bpmn:conditionExpression>${" + MEMBER + " == null}</bpmn:conditionExpression>"),
            "Flow_Hostile",
            "'getProcessEngineServices'",
            Trigger.START));
    // scripts
    all.add(
        task(
            "script-task-javascript",
            "<bpmn:scriptTask id=\"Task_Hostile\" scriptFormat=\"javascript\"><bpmn:script>"
                + "java.lang.Runtime.getRuntime().exec('touch "
                + FILE
                + "')</bpmn:script></bpmn:scriptTask>",
            "script task"));
    all.add(
        task(
            "script-task-juel",
            "<bpmn:scriptTask id=\"Task_Hostile\" scriptFormat=\"juel\"><bpmn:script>${"
                + EXEC
                + "}</bpmn:script></bpmn:scriptTask>",
            "script task"));
    all.add(
        task(
            "script-listener",
            "<bpmn:task id=\"Task_Hostile\"><bpmn:extensionElements><camunda:executionListener "
                + "event=\"start\"><camunda:script scriptFormat=\"juel\">${"
                + EXEC
                + "}</camunda:script></camunda:executionListener>"
                + "</bpmn:extensionElements></bpmn:task>",
            "camunda:script"));
    all.add(
        task(
            "script-input-parameter",
            "<bpmn:task id=\"Task_Hostile\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"juel\">${"
                + EXEC
                + "}</camunda:script>"
                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
            "camunda:script"));
    all.add(
        hostile(
            "script-condition",
            gateway(
                "script-condition",
                "<bpmn:conditionExpression language=\"juel\">${"
                    + MEMBER
                    + " == null}</bpmn:conditionExpression>"),
            "Flow_Hostile",
            "kondisi berbahasa skrip",
            Trigger.START));
    Hostile resource =
        task(
            "external-script-resource",
            "<bpmn:scriptTask id=\"Task_Hostile\" scriptFormat=\"juel\" "
                + "camunda:resource=\"deployment://hostile.juel\" />",
            "script task");
    resource.files().with("hostile.juel", "${" + EXEC + "}");
    all.add(resource);
    // Java classes, external work, other engines
    all.add(
        task(
            "java-class-service-task",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:class=\"" + CLASS + "\" />",
            "kelas Java"));
    all.add(
        task(
            "java-class-execution-listener",
            listener(
                "<bpmn:task id=\"Task_Hostile\">",
                "class=\"" + CLASS + "\" event=\"start\"",
                "</bpmn:task>"),
            "kelas Java"));
    all.add(
        task(
            "java-class-task-listener",
            USER_TASK
                + "><bpmn:extensionElements><camunda:taskListener class=\""
                + CLASS
                + "\" event=\"create\" /></bpmn:extensionElements></bpmn:userTask>",
            "kelas Java"));
    Hostile mapping =
        task(
            "variable-mapping-class",
            "<bpmn:callActivity id=\"Task_Hostile\" calledElement=\"hostile-callee\" "
                + "camunda:variableMappingClass=\""
                + CLASS
                + "\" />",
            "variableMappingClass");
    mapping
        .files()
        .with("hostile-callee.bpmn", process("callee", "<bpmn:task id=\"Task_Hostile\" />", ""));
    all.add(mapping);
    all.add(
        task(
            "external-task",
            "<bpmn:serviceTask id=\"Task_Hostile\" camunda:type=\"external\" camunda:topic=\"hostile\" />",
            "external task"));
    all.add(
        task(
            "connector",
            "<bpmn:serviceTask id=\"Task_Hostile\"><bpmn:extensionElements><camunda:connector>"
                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>"
                + "</bpmn:serviceTask>",
            "connector"));
    all.add(
        new Hostile(
            "cmmn-case",
            ModelFiles.empty().with("hostile.cmmn", CMMN),
            null,
            "hanya proses BPMN",
            Trigger.NONE,
            null));
    // decisions
    all.add(
        decision(
            "dmn-juel-input-expression",
            "expressionLanguage=\"juel\"",
            "${" + EXEC + "}",
            "",
            "\"ok\"",
            "",
            "InputExpression_Hostile",
            "'getClass'"));
    all.add(
        decision(
            "dmn-juel-output-entry",
            "",
            "\"x\"",
            "expressionLanguage=\"juel\"",
            "${" + EXEC + "}",
            "",
            "OutputEntry_Hostile",
            "'getClass'"));
    all.add(
        decision(
            "dmn-juel-by-default",
            "",
            "\"x\"",
            "",
            "${" + EXEC + "}",
            "expressionLanguage=\"juel\"",
            "OutputEntry_Hostile",
            "'getClass'"));
    all.add(
        decision(
            "dmn-javascript",
            "expressionLanguage=\"javascript\"",
            "java.lang.Runtime.getRuntime().exec(\"touch " + FILE + "\")",
            "",
            "\"ok\"",
            "",
            "InputExpression_Hostile",
            "'javascript'"));
    all.add(
        decision(
            "dmn-groovy-output",
            "",
            "\"x\"",
            "expressionLanguage=\"groovy\"",
            "'touch " + FILE + "'.execute()",
            "",
            "OutputEntry_Hostile",
            "'groovy'"));
    all.add(
        decision(
            "dmn-feel-external-function",
            "",
            FEEL_JAVA,
            "",
            "\"ok\"",
            "",
            "InputExpression_Hostile",
            "mendefinisikan fungsi"));
    // forms
    String hide = "=" + FEEL_JAVA.replace("\"feel\"", "\"form\"") + " = true";
    all.add(
        new Hostile(
            "form-hide-external-function",
            ModelFiles.empty().with("hostile.form", form(hide)),
            "catatan",
            "kondisi sembunyi",
            Trigger.HIDE_CONDITION,
            hide));
    String call = "=string length(catatan) > 0";
    all.add(
        new Hostile(
            "form-hide-function-call",
            ModelFiles.empty().with("hostile.form", form(call)),
            "catatan",
            "'length'",
            Trigger.HIDE_CONDITION,
            call));
    return all;
  }

  private static Hostile task(String name, String taskXml, String reason) {
    return hostile(name, process(name, taskXml, ""), "Task_Hostile", reason, Trigger.START);
  }

  private static Hostile hostile(
      String name, String bpmn, String element, String reason, Trigger trigger) {
    return new Hostile(
        name,
        ModelFiles.empty().with("hostile-" + name + ".bpmn", bpmn),
        element,
        reason,
        trigger,
        "hostile-" + name);
  }

  private static String listener(String open, String attributes, String close) {
    return open
        + "<bpmn:extensionElements><camunda:executionListener "
        + attributes
        + " /></bpmn:extensionElements>"
        + close;
  }

  private static String process(String name, String taskXml, String definitionsExtra) {
    return definitions(
        definitionsExtra
            + "<bpmn:process id=\"hostile-"
            + name
            + "\" isExecutable=\"true\" "
            + "camunda:historyTimeToLive=\"30\"><bpmn:startEvent id=\"StartEvent_Hostile\" />"
            + "<bpmn:sequenceFlow id=\"Flow_In\" sourceRef=\"StartEvent_Hostile\" targetRef=\"Task_Hostile\" />"
            + taskXml
            + "<bpmn:sequenceFlow id=\"Flow_Out\" sourceRef=\"Task_Hostile\" targetRef=\"EndEvent_Hostile\" />"
            + "<bpmn:endEvent id=\"EndEvent_Hostile\" /></bpmn:process>");
  }

  private static String gateway(String name, String condition) {
    return definitions(
        "<bpmn:process id=\"hostile-"
            + name
            + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"30\">"
            + "<bpmn:startEvent id=\"StartEvent_Hostile\" />"
            + "<bpmn:sequenceFlow id=\"Flow_In\" sourceRef=\"StartEvent_Hostile\" targetRef=\"Gateway_Hostile\" />"
            + "<bpmn:exclusiveGateway id=\"Gateway_Hostile\" default=\"Flow_Default\" />"
            + "<bpmn:sequenceFlow id=\"Flow_Hostile\" sourceRef=\"Gateway_Hostile\" targetRef=\"EndEvent_Hostile\">"
            + condition
            + "</bpmn:sequenceFlow>"
            + "<bpmn:sequenceFlow id=\"Flow_Default\" sourceRef=\"Gateway_Hostile\" targetRef=\"EndEvent_Hostile\" />"
            + "<bpmn:endEvent id=\"EndEvent_Hostile\" /></bpmn:process>");
  }

  private static String definitions(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Hostile\" "
        + "targetNamespace=\"http://intervensi.id/hostile\">"
        + content
        + "</bpmn:definitions>";
  }

  private static Hostile decision(
      String name,
      String inputLanguage,
      String inputText,
      String outputLanguage,
      String outputText,
      String definitionsAttributes,
      String element,
      String reason) {
    String key = "hostile-" + name;
    String dmn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
            + "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"Definitions_Hostile\" name=\"Hostile\" "
            + "namespace=\"http://intervensi.id/hostile\" "
            + definitionsAttributes
            + ">"
            + "<decision id=\""
            + key
            + "\" name=\"Hostile\" camunda:historyTimeToLive=\"30\">"
            + "<decisionTable id=\"DecisionTable_Hostile\" hitPolicy=\"FIRST\">"
            + "<input id=\"Input_Hostile\"><inputExpression id=\"InputExpression_Hostile\" typeRef=\"string\" "
            + inputLanguage
            + "><text>"
            + inputText
            + "</text></inputExpression></input>"
            + "<output id=\"Output_Hostile\" name=\"result\" typeRef=\"string\" />"
            + "<rule id=\"Rule_Hostile\"><inputEntry id=\"InputEntry_Hostile\"><text></text></inputEntry>"
            + "<outputEntry id=\"OutputEntry_Hostile\" "
            + outputLanguage
            + "><text>"
            + outputText
            + "</text></outputEntry>"
            + "</rule></decisionTable></decision></definitions>";
    return new Hostile(
        name, ModelFiles.empty().with(key + ".dmn", dmn), element, reason, Trigger.EVALUATE, key);
  }

  private static String form(String hide) {
    return "{\"id\": \"hostile-form\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": ["
        + "{\"id\": \"Field_Catatan\", \"key\": \"catatan\", \"label\": \"Catatan\", \"type\": \"textfield\", "
        + "\"conditional\": {\"hide\": \""
        + hide.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}}]}";
  }

  private static final String CMMN =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<cmmn:definitions xmlns:cmmn=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" "
          + "xmlns:camunda=\"http://camunda.org/schema/1.0/cmmn\" id=\"Definitions_Hostile\" "
          + "targetNamespace=\"http://intervensi.id/hostile\"><cmmn:case id=\"hostile-case\" camunda:historyTimeToLive=\"30\">"
          + "<cmmn:casePlanModel id=\"CasePlanModel_Hostile\" name=\"Hostile\"><cmmn:extensionElements>"
          + "<camunda:caseExecutionListener event=\"create\" class=\""
          + CLASS
          + "\" /></cmmn:extensionElements>"
          + "</cmmn:casePlanModel></cmmn:case></cmmn:definitions>";
}

package id.intervensi.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import id.intervensi.cycle.UsableInModels;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * docs/expression-vocabulary.md names everything {@link ModelVocabulary} allows, so managers read
 * the real list.
 */
class ExpressionVocabularyDocTest {

  private final String doc = read();

  private static String read() {
    try {
      return Files.readString(Path.of("docs/expression-vocabulary.md"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyEngineMethodAndFunctionIsDocumented() {
    Stream.of(ModelVocabulary.EXECUTION, ModelVocabulary.TASK, ModelVocabulary.VALUE_METHODS)
        .flatMap(java.util.Set::stream)
        .forEach(method -> assertThat(doc).as(method).contains("`" + method + "`"));
    ModelVocabulary.FUNCTIONS.forEach(
        function -> assertThat(doc).as(function).contains("`" + function + "("));
    ModelVocabulary.ENGINE_NAMES.forEach(
        name -> assertThat(doc).as(name).contains("`" + name + "`"));
  }

  @Test
  void everyBeanForModelsAndItsMethodsAreDocumented() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(UsableInModels.class));
    List<String> beans = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("id.intervensi")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      if (!type.isAnnotationPresent(Component.class)) {
        continue;
      }
      String bean = type.getAnnotation(Component.class).value();
      beans.add(bean);
      assertThat(doc).as(bean).contains("| `" + bean + "` |");
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(UsableInModels.class)) {
          assertThat(doc).as(bean + "." + method.getName()).contains("`" + method.getName() + "(");
        }
      }
    }
    assertThat(beans)
        .contains(
            "caseOpeningListener",
            "caseClosureListener",
            "terminationReasonRecorder",
            "instrumentScoring",
            "goalAttainmentRows",
            "dueDates");
  }
}

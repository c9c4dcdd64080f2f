package id.intervensi.modeling;

import id.intervensi.cycle.UsableInModels;
import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager, in place of the Spring one that exposes every bean of the
 * application context (identityService, dataSource, the whole engine) to every model. A name in an
 * expression is a process variable (or execution, task, ...) or one of the app's beans marked
 * {@link UsableInModels}; every call and property read goes through {@link VocabularyElResolver}.
 * DMN decisions written in JUEL use this manager too (the engine hands it to the DMN engine).
 */
class ModelExpressionManager extends JuelExpressionManager {

  private final ModelVocabulary vocabulary;

  ModelExpressionManager(ModelVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolvers = new CompositeELResolver();
    resolvers.add(new VariableScopeElResolver());
    resolvers.add(new VariableContextElResolver());
    resolvers.add(new AppBeans(vocabulary));
    resolvers.add(new ArrayELResolver(true));
    resolvers.add(new ListELResolver(true));
    resolvers.add(new MapELResolver(true));
    resolvers.add(new BeanELResolver(true));
    return new VocabularyElResolver(resolvers, vocabulary);
  }

  /**
   * Resolves a name to one of the app's beans for models, looked up when first used (not at engine
   * start).
   */
  private static final class AppBeans extends ELResolver {

    private final ModelVocabulary vocabulary;

    AppBeans(ModelVocabulary vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name) {
        Object bean = vocabulary.bean(name);
        if (bean != null) {
          context.setPropertyResolved(true);
          return bean;
        }
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // beans are read-only
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}

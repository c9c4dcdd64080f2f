package id.intervensi.modeling;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's gate for every expression it evaluates (BPMN, DMN in JUEL, queries): each method
 * call and each property read on an object passes {@link ModelVocabulary} first, or the expression
 * fails with {@link ModelExpressionRefusedException} before anything is called. JUEL has no sandbox
 * of its own; this is it, behind the deployment check, for models that got past that check or were
 * deployed before it existed.
 */
final class VocabularyElResolver extends ELResolver {

  private final ELResolver delegate;
  private final ModelVocabulary vocabulary;

  VocabularyElResolver(ELResolver delegate, ModelVocabulary vocabulary) {
    this.delegate = delegate;
    this.vocabulary = vocabulary;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null && !vocabulary.mayRead(base, property)) {
      throw new ModelExpressionRefusedException(
          "Ekspresi ditolak: properti '"
              + property
              + "' dari "
              + typeName(base)
              + " tidak boleh dibaca oleh model.");
    }
    return delegate.getValue(context, base, property);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !vocabulary.mayCall(base, String.valueOf(method))) {
      throw new ModelExpressionRefusedException(
          "Ekspresi ditolak: metode '"
              + method
              + "' dari "
              + typeName(base)
              + " tidak boleh dipanggil oleh model.");
    }
    return delegate.invoke(context, base, method, paramTypes, params);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base != null) {
      throw new ModelExpressionRefusedException(
          "Ekspresi ditolak: properti '"
              + property
              + "' dari "
              + typeName(base)
              + " tidak boleh diubah oleh model.");
    }
    delegate.setValue(context, base, property, value);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (base != null && !vocabulary.mayRead(base, property)) {
      return null;
    }
    return delegate.getType(context, base, property);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return base != null || delegate.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return delegate.getCommonPropertyType(context, base);
  }

  private static String typeName(Object base) {
    return base == null ? "null" : base.getClass().getName();
  }
}

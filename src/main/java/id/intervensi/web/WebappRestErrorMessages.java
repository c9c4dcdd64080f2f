package id.intervensi.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Tasklist, Cockpit and Admin talk to the engine through their own copy of the REST API
 * (/camunda/api/engine, the starter's servlet "Engine Api"), not through /engine-rest: the same
 * refusals in Bahasa Indonesia ({@link RestErrorMessages}) are registered there, through Jersey's
 * provider setting of that servlet, right after the starter has registered it. The app does not
 * start if the servlet is not there (another Camunda version), rather than showing users English
 * engine errors again.
 */
@Component
class WebappRestErrorMessages implements BeanPostProcessor {

  static final String ENGINE_API = "Engine Api";
  static final String PROVIDERS = "jersey.config.server.provider.classnames";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof CamundaBpmWebappInitializer webapps) {
      return (ServletContextInitializer)
          context -> {
            webapps.onStartup(context);
            register(context);
          };
    }
    return bean;
  }

  static void register(ServletContext context) {
    ServletRegistration engineApi = context.getServletRegistration(ENGINE_API);
    if (engineApi == null) {
      throw new IllegalStateException(
          "The webapps' engine API servlet '"
              + ENGINE_API
              + "' is missing: check "
              + WebappRestErrorMessages.class.getName()
              + " against this Camunda version");
    }
    engineApi.setInitParameter(
        PROVIDERS,
        RestErrorMessages.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}

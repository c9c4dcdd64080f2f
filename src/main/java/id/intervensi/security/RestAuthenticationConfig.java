package id.intervensi.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Login for the REST API. Camunda's REST API has no authentication by default, even with
 * authorizations on: this puts HTTP basic authentication against the engine's users on
 * /engine-rest/* and on the app's own /api/* (which also takes the webapps' session: {@link
 * WebappSessionAuthenticationProvider}), and makes the engine check every call as that user.
 */
@Configuration
public class RestAuthenticationConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("intervensi-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** The app's API also takes the webapps' session (and its CSRF token), for the app's plugins. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("intervensi-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionAuthenticationProvider.class.getName());
    return registration;
  }
}

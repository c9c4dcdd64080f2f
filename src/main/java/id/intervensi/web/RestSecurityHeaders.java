package id.intervensi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the REST APIs (/engine-rest, /api), which Camunda's header-security filter of
 * the webapps does not cover. Answers carry personal data of clients: no caching anywhere, no
 * content sniffing, no framing; HSTS in production (intervensi.security-headers.hsts).
 */
@Configuration
class RestSecurityHeaders {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> restSecurityHeadersFilter(
      @Value("${intervensi.security-headers.hsts:false}") boolean hsts) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader(
                    "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (hsts) {
                  response.setHeader(
                      "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                }
                chain.doFilter(request, response);
              }
            });
    registration.setName("intervensi-rest-security-headers");
    // before the login filter, so that its 401 answers carry the headers too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }
}

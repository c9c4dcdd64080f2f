package id.intervensi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat answers before the app has finished starting (the models, groups and demo users are put in
 * place after it listens): until then every request gets 503 with a message in Bahasa Indonesia,
 * not a half-ready answer such as a 401 for a user who does not exist yet (which the login throttle
 * would count as a wrong password).
 */
@Configuration
class StartingUp {

  static final String MESSAGE = "Intervensi sedang dimulai; coba lagi sebentar lagi.";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> startingUpFilter(
      ApplicationAvailability availability) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(availability));
    registration.setName("intervensi-starting-up");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {
    private final ApplicationAvailability availability;
    private volatile boolean ready;

    Filter(ApplicationAvailability availability) {
      this.availability = availability;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!ready) {
        ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
      }
      if (ready) {
        chain.doFilter(request, response);
        return;
      }
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "5");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"StartingUp\",\"message\":\"" + MESSAGE + "\"}");
    }
  }
}

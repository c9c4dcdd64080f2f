package id.intervensi.security;

import id.intervensi.casefile.CaseFile;
import id.intervensi.casefile.CaseFiles;
import id.intervensi.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The case API (/api/cases/{caseNumber}/...) follows the role matrix like the engine does: a user
 * acts on a case only if Camunda lets them read its history, i.e. a social worker on the cases they
 * work on (opened, or were assigned a task of), a supervisor on every case. The group check and the
 * rest stay with the endpoints; an unknown case is left to them (404).
 */
@Configuration
class CaseApiAccess implements WebMvcConfigurer, HandlerInterceptor {

  private final CaseFiles caseFiles;
  private final IdentityService identityService;
  private final HistoryService historyService;

  CaseApiAccess(
      CaseFiles caseFiles, IdentityService identityService, HistoryService historyService) {
    this.caseFiles = caseFiles;
    this.identityService = identityService;
    this.historyService = historyService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/cases/{caseNumber}/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    @SuppressWarnings("unchecked")
    Map<String, String> path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Authentication caller = identityService.getCurrentAuthentication();
    Optional<CaseFile> caseFile =
        path == null ? Optional.empty() : caseFiles.find(path.get("caseNumber"));
    if (caller == null || caseFile.isEmpty()) {
      return true;
    }
    // the history, not the running instance: a closed case has none, and its answer (409) is the
    // endpoint's
    boolean mayRead =
        historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(caseFile.get().processInstanceId())
                .count()
            > 0;
    if (!mayRead) {
      throw Refusal.notAllowed(
          "Anda hanya dapat melaporkan perubahan pada kasus yang Anda tangani ("
              + caseFile.get().caseNumber()
              + ").");
    }
    return true;
  }
}

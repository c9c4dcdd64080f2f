package id.intervensi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Login for the app's own API (/api/*) from inside Tasklist and Cockpit: the user's webapp session
 * counts, so that the app's plugins call the API without a second login. A request that changes
 * something must carry the session's CSRF token (header X-XSRF-TOKEN, as the webapps send it), so
 * that no other site can act with a user's session. Without a session: HTTP basic, as before.
 */
public class WebappSessionAuthenticationProvider implements AuthenticationProvider {

  /** Where Camunda's CSRF filter keeps the session's token. */
  static final String CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") != null) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    HttpSession session = request.getSession(false);
    Authentications authentications =
        session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication webapp =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (!(webapp instanceof UserAuthentication user)) {
      return AuthenticationResult.unsuccessful();
    }
    if (!SAFE.contains(request.getMethod())) {
      Object token = session.getAttribute(CSRF_TOKEN);
      if (token == null || !token.equals(request.getHeader(CSRF_HEADER))) {
        return AuthenticationResult.unsuccessful(user.getName());
      }
    }
    AuthenticationResult result = AuthenticationResult.successful(user.getName());
    result.setGroups(user.getGroupIds());
    result.setTenants(user.getTenantIds());
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}

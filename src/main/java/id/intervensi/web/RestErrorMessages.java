package id.intervensi.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import id.intervensi.refusal.WordedForUsers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Messages in Bahasa Indonesia for the requests Camunda's REST API (/engine-rest) refuses before
 * any form validation runs: a body that is not JSON or not in the expected shape, a variable whose
 * value does not fit its declared type, a model that cannot be parsed on deployment, a missing
 * permission, something that is not there. Same status and shape ({"type", "message"}) as Camunda's
 * own answers; Camunda's technical detail follows the Indonesian sentence. The mappers outrank
 * Camunda's for the same exception types (@Priority).
 */
@Component
class RestErrorMessages implements ResourceConfigCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorMessages.class);

  static final int BEFORE_CAMUNDA = 100;
  static final String NOT_AUTHORIZED = "Anda tidak berwenang melakukan tindakan ini";
  static final String NOT_FOUND = "Data yang diminta tidak ditemukan";
  static final String SUSPENDED =
      "Kasus ini sedang dihentikan sementara oleh manajer; tugasnya dapat dikerjakan lagi setelah "
          + "kasus dilanjutkan";
  static final String NOT_JSON =
      "Isi permintaan bukan JSON yang valid atau tidak sesuai bentuk yang diharapkan";

  /** The mappers, for /engine-rest and for the webapps' own engine API. */
  static final List<Class<?>> MAPPERS =
      List.of(
          NotJson.class,
          WrongShape.class,
          InvalidRequest.class,
          InvalidModel.class,
          NotAuthorized.class,
          EngineRefusal.class,
          RestRefusal.class);

  @Override
  public void customize(ResourceConfig config) {
    MAPPERS.forEach(config::register);
  }

  static Response answer(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Priority(BEFORE_CAMUNDA)
  public static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return answer(400, "JsonParseException", NOT_JSON + " (" + e.getOriginalMessage() + ").");
    }
  }

  @Priority(BEFORE_CAMUNDA)
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return answer(400, "JsonMappingException", NOT_JSON + " (" + e.getOriginalMessage() + ").");
    }
  }

  /**
   * 400s of Camunda's request conversion (e.g. "Cannot convert value 'abc' of type 'Long'"); other
   * statuses pass unchanged.
   */
  @Priority(BEFORE_CAMUNDA)
  public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
      // some resources wrap whatever the engine threw (e.g. creating a comment: "Not enough
      // parameters submitted"); a refusal already worded for the user keeps its words and status
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof WordedForUsers) {
          int status =
              cause instanceof RestException rest && rest.getStatus() != null
                  ? rest.getStatus().getStatusCode()
                  : cause instanceof AuthorizationException ? 403 : 400;
          return answer(status, cause.getClass().getSimpleName(), cause.getMessage());
        }
      }
      int status = e.getStatus() == null ? 500 : e.getStatus().getStatusCode();
      String message = e.getMessage();
      if (status == 404) {
        message = NOT_FOUND + " (" + message + ").";
      } else if (status == 400) {
        message =
            (message != null
                        && (message.contains("Cannot convert value")
                            || message.contains("Unsupported value type"))
                    ? "Permintaan tidak valid: nilai variabel tidak sesuai dengan tipenya ("
                    : "Permintaan tidak valid (")
                + message
                + ").";
      }
      return answer(status, "InvalidRequestException", message);
    }
  }

  /**
   * 403 with Camunda's answer (the missing permissions stay in it for administrators), the engine's
   * English sentence after an Indonesian one; the gate's refusals keep their own words.
   */
  @Priority(BEFORE_CAMUNDA)
  public static class NotAuthorized implements ExceptionMapper<AuthorizationException> {
    @Override
    public Response toResponse(AuthorizationException e) {
      ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(e);
      if (!(e instanceof WordedForUsers)) {
        dto.setMessage(NOT_AUTHORIZED + " (" + e.getMessage() + ").");
      }
      return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }
  }

  /**
   * Whatever else the engine refuses (a query without paging, a value the engine cannot accept):
   * Camunda's status and answer, with an Indonesian sentence first. A refusal the app already
   * worded keeps its words. Camunda logs server errors in its own handler; this one does too.
   */
  @Priority(BEFORE_CAMUNDA)
  public static class EngineRefusal implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return refusal(e, ExceptionHandlerHelper.getInstance().getStatus(e));
    }
  }

  /**
   * The REST API's own wrappers of what the engine threw (e.g. "Cannot complete task ..."), except
   * {@link InvalidRequestException}, worded by {@link InvalidRequest}.
   */
  @Priority(BEFORE_CAMUNDA)
  public static class RestRefusal implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      Response.Status status =
          e.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : e.getStatus();
      return refusal(e, status);
    }
  }

  static Response refusal(Exception e, Response.Status status) {
    ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(e);
    int code = status.getStatusCode();
    if (causedBy(e, SuspendedEntityInteractionException.class)) {
      // a manager suspended the case: nothing failed, the case waits
      code = 409;
      dto.setMessage(SUSPENDED + " (" + e.getMessage() + ").");
    } else if (causedBy(e, WordedForUsers.class)) {
      // the app's own refusal, not the REST API's English wrapper around it ("Cannot instantiate
      // process definition ...: Data formulir tidak valid: ...")
      dto.setMessage(wordedCause(e).getMessage());
    } else {
      dto.setMessage(EngineMessages.inIndonesian(code, e.getMessage(), queryLimit()));
    }
    if (code >= 500) {
      LOG.warn("Engine error answered with {}", code, e);
    }
    return Response.status(code).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }

  /** The most rows one query may ask for, as the engine applies it (query-max-results-limit). */
  static int queryLimit() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
    return engine == null
        ? Integer.MAX_VALUE
        : ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getQueryMaxResultsLimit();
  }

  static Throwable wordedCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof WordedForUsers) {
        return cause;
      }
    }
    return e;
  }

  static boolean causedBy(Throwable e, Class<?> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  @Priority(BEFORE_CAMUNDA)
  public static class InvalidModel implements ExceptionMapper<ParseException> {
    @Override
    public Response toResponse(ParseException e) {
      ParseExceptionDto dto = ParseExceptionDto.fromException(e);
      // the deployment guard (modeling) already explains itself in Bahasa Indonesia; the engine's
      // own parse errors do not
      String message = e.getMessage();
      dto.setMessage(
          e instanceof WordedForUsers
              ? message
              : "Model tidak valid dan tidak di-deploy: " + message);
      return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }
  }
}
